<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="280"/>
        <source>How it works</source>
        <translation>使用說明</translation>
    </message>
</context>
<context>
    <name>BalanceScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="180"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="182"/>
        <source>Your card is valid. Your points and rank will appear here after this kiosk&apos;s next sync.</source>
        <translation>您的卡有效。本終端機下次同步後，這裡會顯示您的點數和等級。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="185"/>
        <source>Your rank went up! Ask a staff member for a new card in your rank&apos;s colour.</source>
        <translation>您的等級提升了！請向店員領取新等級顏色的卡片。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="188"/>
        <source>Welcome back, producer!</source>
        <translation>歡迎回來，製作人！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="192"/>
        <source>Hello, %1!</source>
        <translation>%1，您好！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="194"/>
        <source>PV points</source>
        <translation>PV點數</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="198"/>
        <source>You have reached the top rank!</source>
        <translation>您已達到最高等級！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="200"/>
        <source>%1 PV to %2</source>
        <translation>距離%2還差%1 PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="202"/>
        <source>Push points</source>
        <translation>應援點數</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="205"/>
        <source>Each push point = %n vote(s)</source>
        <translation>
            <numerusform>1個應援點數 = %n票</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="208"/>
        <source>Checked in today</source>
        <translation>今天已報到</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="209"/>
        <source>Check in for today</source>
        <translation>今日報到</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="210"/>
        <source>Push a cast member</source>
        <translation>為成員應援</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="213"/>
        <source>You have 0 push points. Each visit (once a day) and each day you log in to the website earns more.</source>
        <translation>您的應援點數為0。每次到店（每天一次）和每天登入網站都能獲得點數。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="217"/>
        <source>You have 0 push points. Check in for today&apos;s visit to earn some, then push!</source>
        <translation>您的應援點數為0。請先完成今天的報到獲得點數，再來應援吧！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="221"/>
        <source>Recent activity</source>
        <translation>最近紀錄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="223"/>
        <source>Last synced: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="226"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="234"/>
        <source>not counted</source>
        <translation>未被計入</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="232"/>
        <source>not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="245"/>
        <source>Became a producer</source>
        <translation>成為製作人</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="248"/>
        <source>Visit: +%n push point(s)</source>
        <translation>
            <numerusform>來店：應援點數+%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="250"/>
        <source>Purchase: +%n PV</source>
        <translation>
            <numerusform>消費：+%n PV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="255"/>
        <source>Pushed %1: %n vote(s)</source>
        <translation>
            <numerusform>為%1應援：%n票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="257"/>
        <source>Website login: +%n push point(s)</source>
        <translation>
            <numerusform>網站登入：應援點數+%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="259"/>
        <source>New card issued</source>
        <translation>已發行新卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="261"/>
        <source>New website password</source>
        <translation>已重設網站密碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="262"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
</context>
<context>
    <name>CardReadyScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="133"/>
        <source>Welcome, %1! Your card is ready.</source>
        <translation>%1，歡迎您！您的卡已經做好了。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="137"/>
        <source>Producer number</source>
        <translation>製作人編號</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="138"/>
        <source>Rank</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="139"/>
        <source>Website login ID</source>
        <translation>網站登入ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="140"/>
        <source>Initial password</source>
        <translation>初始密碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="143"/>
        <source>Write your login ID and password down now: they will not be shown again.</source>
        <translation>請現在記下登入ID和密碼：此畫面不會再次顯示。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="146"/>
        <source>Write your login ID and password down now: they will not be shown again. They are also printed on the slip the staff will hand you with your card.</source>
        <translation>請現在記下登入ID和密碼：此畫面不會再次顯示。店員會將密碼單隨卡一起交給您，上面也印有這些資訊。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="150"/>
        <source>Write your login ID and password down now: they will not be shown again, and the slip with them could not be printed.</source>
        <translation>請現在記下登入ID和密碼：此畫面不會再次顯示，而且印有這些資訊的密碼單未能列印。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="152"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="153"/>
        <source>How it works</source>
        <translation>使用說明</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="133"/>
        <location filename="../../kiosk/ui/screens/confirm.py" line="146"/>
        <source>Making your card…</source>
        <translation>正在製作您的卡…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="137"/>
        <source>Is this right?</source>
        <translation>資料正確嗎？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="138"/>
        <source>Producer name</source>
        <translation>製作人暱稱</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="139"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="140"/>
        <source>The card costs %1. Please pay at the till when you order.</source>
        <translation>製卡費為%1。請在點餐時到櫃檯支付。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="142"/>
        <source>Tick the box to agree to the terms first.</source>
        <translation>請先勾選方框，同意使用條款。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="143"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="144"/>
        <source>Agree and make my card</source>
        <translation>同意並製作我的卡</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../../kiosk/ui/staff/confirm_step.py" line="86"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CorrectionScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="103"/>
        <source>%1: change PV by %2 and push points by %3? The entry stays in the producer&apos;s history; only another correction can undo it.</source>
        <translation>%1：PV變更%2，應援點數變更%3？此紀錄會保留在製作人的歷史中，只能透過另一次修正撤銷。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="106"/>
        <source>Save this correction</source>
        <translation>儲存此修正</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="118"/>
        <source>Correct points</source>
        <translation>更正點數</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="119"/>
        <source>A correction is added as a new entry; nothing earlier is changed. Use − for points to take away.</source>
        <translation>更正會新增為一筆新紀錄，先前的紀錄不會變更。要扣除點數請使用 −。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="121"/>
        <source>PV change</source>
        <translation>PV變動</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="122"/>
        <source>Push point change</source>
        <translation>應援點數變動</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="123"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="124"/>
        <source>Save correction</source>
        <translation>儲存更正</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="84"/>
        <source>Rank</source>
        <translation>等級</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="85"/>
        <source>PV from</source>
        <translation>所需PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="86"/>
        <source>Votes per push point</source>
        <translation>每個應援點數的票數</translation>
    </message>
</context>
<context>
    <name>ExplainerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="55"/>
        <source>This is the first page.</source>
        <translation>這是第一頁。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="57"/>
        <source>This is the last page. Tap Close when you are done.</source>
        <translation>這是最後一頁。看完後請點「關閉」。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="121"/>
        <source>How it works</source>
        <translation>使用說明</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="122"/>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="123"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="124"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>ExplainerTexts</name>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="47"/>
        <source>You are a producer</source>
        <translation>您就是製作人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="48"/>
        <source>The cast of this café dream of becoming idols. As a producer, you help decide who gets the next big chance.</source>
        <translation>本店的成員們都懷著成為偶像的夢想。身為製作人，您將協助決定誰能獲得下一個大好機會。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="50"/>
        <source>Spend time with us, collect points, and push your favourite cast member up the monthly ranking.</source>
        <translation>常來店裡、累積點數，把您最喜歡的成員推上月度排行榜的前列吧。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="53"/>
        <source>Your card and website login</source>
        <translation>您的卡與網站登入</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="54"/>
        <source>On your first visit you get a producer card for %1, paid at the till. Show its QR code at the kiosk on every visit.</source>
        <translation>首次來店時，您將獲得一張製作人卡（%1，在櫃檯支付）。每次來店時，請在終端機上掃描卡上的QR碼。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="57"/>
        <source>You also get a login ID and password for the café&apos;s website, printed on your slip.</source>
        <translation>您還會獲得本店網站的登入ID和密碼，它們印在密碼單上。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="59"/>
        <source>Log in to the website and get %n push point(s) each day.</source>
        <translation>
            <numerusform>登入網站，每天可獲得%n個應援點數。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="62"/>
        <source>PV points and your rank</source>
        <translation>PV點數與等級</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="63"/>
        <source>Every %1 you spend at the till earns 1 PV.</source>
        <translation>在櫃檯每消費%1，可獲得1 PV。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="65"/>
        <source>PV are never spent and never go down: all the PV you have ever earned decide your rank, from %1 up to %2. Your card changes colour with your rank.</source>
        <translation>PV不會被消耗，也不會減少：您累計獲得的全部PV決定您的等級（從%1到%2）。卡片顏色會隨等級改變。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="70"/>
        <source>Push points and pushing</source>
        <translation>應援點數與應援</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="71"/>
        <source>Each visit earns %n push point(s), once per business day (a day ends at %1).</source>
        <translation>
            <numerusform>每次來店可獲得%n個應援點數，每個營業日限一次（營業日在%1切換）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="73"/>
        <source>Spend push points to push your favourite cast members. Each push point is multiplied by your rank&apos;s multiplier.</source>
        <translation>使用應援點數為您喜歡的成員應援。每1個應援點數會乘以您等級的倍率。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="75"/>
        <source>Example: with multiplier %1, %2 push points give %3 votes.</source>
        <translation>例如：倍率為%1時，%2個應援點數等於%3票。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="79"/>
        <source>The monthly ranking</source>
        <translation>月度排行榜</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="80"/>
        <source>Votes for each cast member are counted per calendar month, in Japan time. The cast member with the most votes wins the month.</source>
        <translation>每位成員的票數按日本時間的月份統計。得票最多的成員成為當月冠軍。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="83"/>
        <source>The top %n are honoured with solo stages and the cover of a CD. There is a yearly ranking too.</source>
        <translation>
            <numerusform>前%n名成員將獲得個人舞台與CD封面的榮譽。另有年度排行榜。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="86"/>
        <source>Your stay</source>
        <translation>在店時間</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="87"/>
        <source>The first %1 minutes cost %2 (table charge) with at least %n drink(s).</source>
        <translation>
            <numerusform>前%1分鐘收費%2（座位費），並請至少點%n杯飲品。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="90"/>
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>之後每%1分鐘收費%2，並請至少點%n份餐點。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="93"/>
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>請在離店前%n分鐘告知成員。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="95"/>
        <source>A stage show starts every %n minute(s).</source>
        <translation>
            <numerusform>舞台表演每%n分鐘開始一次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindProducerScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="74"/>
        <source>No producer matches. Check the number, or try part of the name.</source>
        <translation>沒有符合的製作人。請核對編號，或輸入暱稱的一部分。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="81"/>
        <source>Find a producer</source>
        <translation>搜尋製作人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="82"/>
        <source>Scan the producer&apos;s card, or type the producer number or part of the name.</source>
        <translation>請掃描製作人的卡，或輸入製作人編號或暱稱的一部分。</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="55"/>
        <source>Choose your language</source>
        <translation>請選擇語言</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="56"/>
        <source>Larger text and high contrast</source>
        <translation>放大文字，高對比度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="57"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>ManualLoginScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="113"/>
        <source>Card won&apos;t scan?</source>
        <translation>卡片無法掃描？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="114"/>
        <source>Type your producer number (on your card) and your website password.</source>
        <translation>請輸入您的製作人編號（印在卡上）和網站密碼。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="116"/>
        <source>Producer number</source>
        <translation>製作人編號</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="117"/>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="118"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="119"/>
        <source>Show my points</source>
        <translation>查看我的點數</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="95"/>
        <source>That name is too long: up to %n character(s), please.</source>
        <translation>
            <numerusform>暱稱太長：請不超過%n個字元。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="98"/>
        <source>Emoji can&apos;t be printed on the card. Please use letters.</source>
        <translation>表情符號無法印在卡上。請使用文字。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="100"/>
        <source>The name contains an invisible character. Please retype it.</source>
        <translation>暱稱中含有看不見的字元。請重新輸入。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="102"/>
        <source>&quot;%1&quot; can&apos;t be used. Please use katakana or Latin letters.</source>
        <translation>「%1」無法使用。請使用片假名或拉丁字母。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="104"/>
        <source>Please type your name.</source>
        <translation>請輸入您的暱稱。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="108"/>
        <source>What shall we call you?</source>
        <translation>我們該怎麼稱呼您？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="110"/>
        <source>Your producer name goes on your card. Katakana or Latin letters, up to %n character(s).</source>
        <translation>
            <numerusform>製作人暱稱會印在卡上。請使用片假名或拉丁字母，最多%n個字元。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="112"/>
        <source>Your name</source>
        <translation>您的暱稱</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="113"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="114"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>NewPasswordScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="59"/>
        <source>New website password</source>
        <translation>重設網站密碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="60"/>
        <source>Website login ID</source>
        <translation>網站登入ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="61"/>
        <source>New initial password</source>
        <translation>新的初始密碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="63"/>
        <source>Shown only now: the old password no longer works here, and on the website after the next sync. Print the slip or let the producer write it down.</source>
        <translation>僅此一次顯示：舊密碼在本終端機已失效，在網站上將於下次同步後失效。請列印密碼單，或讓製作人抄下。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="65"/>
        <source>Print slip</source>
        <translation>列印密碼單</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="66"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="208"/>
        <source>Kana</source>
        <translation>假名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="209"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="210"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="195"/>
        <source>The two PINs were different. Please choose the PIN again.</source>
        <translation>兩次輸入的PIN不一致。請重新設定PIN。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="209"/>
        <source>Language of the staff screens</source>
        <translation>店員畫面的語言</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="210"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="212"/>
        <source>Change the staff PIN</source>
        <translation>變更店員PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="214"/>
        <source>Enter the current staff PIN.</source>
        <translation>請輸入目前的店員PIN。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="215"/>
        <source>Choose the new PIN: 4 to 8 digits, not one digit repeated and not a run like 1234.</source>
        <translation>請設定新的PIN：4至8位數字，不能是同一數字重複，也不能是1234這樣的連號。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="219"/>
        <source>Staff PIN</source>
        <translation>店員PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="220"/>
        <source>Enter the staff PIN to open staff mode.</source>
        <translation>請輸入店員PIN以開啟店員模式。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="222"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="227"/>
        <source>Choose a staff PIN</source>
        <translation>設定店員PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="224"/>
        <source>No staff PIN is set yet. Choose 4 to 8 digits that customers cannot guess: not one digit repeated and not a run like 1234.</source>
        <translation>尚未設定店員PIN。請選擇顧客猜不到的4到8位數字：不能是同一數字重複，也不能是1234這樣的連號。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="217"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="228"/>
        <source>Type the same PIN again to make sure.</source>
        <translation>請再輸入一次相同的PIN以確認。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="229"/>
        <source>OK</source>
        <translation>確定</translation>
    </message>
</context>
<context>
    <name>PrintDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="103"/>
        <source>use Save as PDF</source>
        <translation>請使用「儲存為PDF」</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/print_desk.py" line="148"/>
        <source>%n card(s) printed.</source>
        <translation>
            <numerusform>已列印%n張卡片。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="189"/>
        <source>Test card printed on both sides.</source>
        <translation>測試卡已雙面列印。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="190"/>
        <source>Test card printed on its front only: this printer cannot print both sides.</source>
        <translation>測試卡僅列印了正面：這台印表機無法雙面列印。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="198"/>
        <source>Printing a test card…</source>
        <translation>正在列印測試卡…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="249"/>
        <source>No card printer: choose one in Settings, or save the card as a PDF.</source>
        <translation>沒有卡片印表機：請在設定中選擇，或將卡片儲存為PDF。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="241"/>
        <source>Saved as %1</source>
        <translation>已儲存為%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="271"/>
        <source>Slip printed.</source>
        <translation>密碼單已列印。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="283"/>
        <source>No printer for the slip: choose one in Settings.</source>
        <translation>沒有列印密碼單的印表機：請在設定中選擇。</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="116"/>
        <source>Print %n waiting card(s)</source>
        <translation>
            <numerusform>列印%n張等待中的卡片</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="117"/>
        <source>No cards in the queue.</source>
        <translation>佇列中沒有卡片。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="118"/>
        <source>Cards, newest first</source>
        <translation>卡片（最新的在前）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="128"/>
        <source>card %1</source>
        <translation>第%1張卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="171"/>
        <source>Print new card</source>
        <translation>列印新卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="181"/>
        <source>Print a card in the new rank colour for %1 (%2)? Their current card stops working at once; points and rank stay.</source>
        <translation>要為 %1（%2）列印新等級顏色的卡片嗎？目前的卡片將立即失效，點數和等級保持不變。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="184"/>
        <source>Print new card for %1</source>
        <translation>為 %1 列印新卡片</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="203"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="205"/>
        <source>printing…</source>
        <translation>列印中…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="207"/>
        <source>printed</source>
        <translation>已列印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="209"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="210"/>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="214"/>
        <source>Retry</source>
        <translation>重試</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="214"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="215"/>
        <source>Reprint</source>
        <translation>重新列印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="215"/>
        <source>Save as PDF</source>
        <translation>儲存為PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="219"/>
        <source>Card print queue</source>
        <translation>卡片列印佇列</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="220"/>
        <source>no printer chosen</source>
        <translation>未選擇印表機</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="221"/>
        <source>Card printer: %1 — %2</source>
        <translation>卡片印表機：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="223"/>
        <source>Test print</source>
        <translation>測試列印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="224"/>
        <source>Card upgrade available (new rank colour):</source>
        <translation>可換新等級顏色的卡片：</translation>
    </message>
</context>
<context>
    <name>ProducerDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="145"/>
        <source>This code is not a producer card of this café.</source>
        <translation>這個QR碼不是本店的製作人卡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="200"/>
        <source>Recorded: +%1 PV. PV now %2.</source>
        <translation>已記錄：+%1 PV。目前PV為%2。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="204"/>
        <source>New rank: %1! Card upgrade available.</source>
        <translation>新等級：%1！可更換新等級顏色的卡片。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="216"/>
        <source>Correction saved.</source>
        <translation>更正已儲存。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="233"/>
        <source>New card (generation %1) is in the print queue. The old card no longer works.</source>
        <translation>新卡（第%1代）已加入列印佇列。舊卡已失效。</translation>
    </message>
</context>
<context>
    <name>ProducerFlow</name>
    <message>
        <location filename="../../kiosk/ui/producer_flow.py" line="139"/>
        <source>You have already checked in today.</source>
        <translation>您今天已經報到過了。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/producer_flow.py" line="142"/>
        <source>Welcome! +%n push point(s) for today&apos;s visit.</source>
        <translation>
            <numerusform>歡迎！今日來店獲得應援點數+%n。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProducerProblems</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/producer.py" line="20"/>
        <source>Too many wrong tries. Please wait %n minute(s) or ask a staff member.</source>
        <translation>
            <numerusform>錯誤次數過多。請等待%n分鐘，或聯絡店員。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/__init__.py" line="49"/>
        <source>Sorry, the kiosk cannot read its records right now. Please ask a staff member.</source>
        <translation>抱歉，終端機目前無法讀取紀錄。請聯絡店員。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/producer.py" line="24"/>
        <source>You can spend at most %n push point(s) right now.</source>
        <translation>
            <numerusform>目前最多可使用%n個點數。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="42"/>
        <source>This code is not a producer card.</source>
        <translation>這個QR碼不是製作人卡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="44"/>
        <source>The card could not be read completely. Please hold it still under the scanner and try again.</source>
        <translation>未能完整讀取卡片。請將卡片在掃描器下保持不動，再試一次。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="47"/>
        <source>This card was issued by a kiosk that is no longer in service. Please ask a staff member for a new card.</source>
        <translation>這張卡由已停用的終端機發行。請向店員領取新卡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="50"/>
        <source>This card has been replaced by a newer one. Please use your new card.</source>
        <translation>這張卡已被新卡取代。請使用您的新卡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="53"/>
        <source>This card comes from a kiosk this one does not know yet. Please ask a staff member.</source>
        <translation>這張卡由本終端機尚未識別的終端機發行。請聯絡店員。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="56"/>
        <source>The producer number or the password is not right. Please try again.</source>
        <translation>製作人編號或密碼不正確。請再試一次。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="59"/>
        <source>That is not a producer number. Please check the number on your card.</source>
        <translation>這不是製作人編號。請核對卡上的編號。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="67"/>
        <source>This card is not valid. Please ask a staff member.</source>
        <translation>這張卡無效。請聯絡店員。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="79"/>
        <source>You do not have enough push points.</source>
        <translation>您的應援點數不足。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="81"/>
        <source>This cast member is no longer in the roster.</source>
        <translation>該成員已不在名單中。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="83"/>
        <source>This push was already saved.</source>
        <translation>這次應援已經儲存過了。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="85"/>
        <source>Pushing is paused for this card. Please ask a staff member.</source>
        <translation>這張卡的應援已暫停。請聯絡店員。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="89"/>
        <source>Please choose how many push points to give.</source>
        <translation>請選擇要使用的應援點數。</translation>
    </message>
</context>
<context>
    <name>PurchaseScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="57"/>
        <source>%1 earns %2 PV</source>
        <translation>%1 可得 %2 PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="73"/>
        <source>Record a purchase</source>
        <translation>記錄消費</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="74"/>
        <source>Receipt number</source>
        <translation>收據號碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="75"/>
        <source>Amount (yen)</source>
        <translation>金額（日圓）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="76"/>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
</context>
<context>
    <name>PushCelebration</name>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="182"/>
        <source>Back to my page</source>
        <translation>返回我的頁面</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="188"/>
        <source>Thank you for your push!</source>
        <translation>感謝您的應援！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="192"/>
        <source>%1 × your rank&apos;s multiplier %2 = %3</source>
        <translation>%1 × 等級倍率%2 = %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="194"/>
        <source>%1 now has %n vote(s) this month.</source>
        <translation>
            <numerusform>%1本月已有%n票。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="186"/>
        <source>%n vote(s) this month</source>
        <translation>
            <numerusform>本月%n票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="193"/>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="205"/>
        <source>%n push point(s)</source>
        <translation>
            <numerusform>%n個應援點數</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="194"/>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="201"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n票</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="200"/>
        <source>Push a cast member</source>
        <translation>為成員應援</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="201"/>
        <source>You have %1 push points. Today you can spend up to %2.</source>
        <translation>您有%1個應援點數，今天最多可使用%2個。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="204"/>
        <source>Search by name</source>
        <translation>依名字搜尋</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="205"/>
        <source>Keyboard</source>
        <translation>鍵盤</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="206"/>
        <source>No cast member matches.</source>
        <translation>沒有符合的成員。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="207"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="208"/>
        <source>Push!</source>
        <translation>應援！</translation>
    </message>
</context>
<context>
    <name>RankingBoardPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="116"/>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="118"/>
        <source>Cast ranking · %1</source>
        <translation>成員排行榜 · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="123"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n票</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="124"/>
        <source>As of %1</source>
        <translation>資料截至 %1</translation>
    </message>
</context>
<context>
    <name>RegistrationFailure</name>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="24"/>
        <source>This registration was already saved. Please ask a staff member for your card.</source>
        <translation>您的註冊資料已經儲存過了。請向店員領取您的卡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="27"/>
        <source>Please go back and check your name.</source>
        <translation>請返回並檢查您的暱稱。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="31"/>
        <source>Sorry, the kiosk&apos;s storage is full, so nothing was saved. Please ask a staff member.</source>
        <translation>抱歉，終端機儲存空間已滿，註冊資料未能儲存。請聯絡店員。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="33"/>
        <source>Sorry, the kiosk cannot save right now, so nothing was saved. Please ask a staff member.</source>
        <translation>抱歉，終端機目前無法儲存，註冊資料未能儲存。請聯絡店員。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="36"/>
        <source>Sorry, something went wrong and nothing was saved. Please ask a staff member.</source>
        <translation>抱歉，發生錯誤，註冊資料未能儲存。請聯絡店員。</translation>
    </message>
</context>
<context>
    <name>SettingsDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings_desk.py" line="99"/>
        <source>Settings saved.</source>
        <translation>設定已儲存。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_desk.py" line="104"/>
        <source>Not saved: %1 — %2</source>
        <translation>未儲存：%1 — %2</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="113"/>
        <source>%1 (not found)</source>
        <translation>%1（找不到）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="175"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="176"/>
        <source>s</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="181"/>
        <source>Café name (on new cards)</source>
        <translation>店名（印在新卡上）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="182"/>
        <source>Customer screens close after</source>
        <translation>顧客畫面自動關閉時間</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="183"/>
        <source>Balance screen closes after</source>
        <translation>點數畫面自動關閉時間</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="184"/>
        <source>Staff mode closes after</source>
        <translation>店員模式自動關閉時間</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="185"/>
        <source>Languages offered</source>
        <translation>提供的語言</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="186"/>
        <source>Default language</source>
        <translation>預設語言</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="187"/>
        <source>Screen orientation</source>
        <translation>螢幕方向</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="188"/>
        <source>Card printer</source>
        <translation>卡片印表機</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="189"/>
        <source>Password slip printer</source>
        <translation>密碼單印表機</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="190"/>
        <source>Slip paper</source>
        <translation>密碼單用紙</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="191"/>
        <source>Printing</source>
        <translation>列印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="192"/>
        <source>Café logo (on new cards)</source>
        <translation>店家Logo（印在新卡上）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="193"/>
        <source>Scanner: most time between characters</source>
        <translation>掃描器：字元間最長間隔</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="194"/>
        <source>Scanner: shortest code</source>
        <translation>掃描器：最短碼長</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="195"/>
        <source>Office</source>
        <translation>總部</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="199"/>
        <source>Follow the screen</source>
        <translation>跟隨螢幕</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="200"/>
        <source>Portrait</source>
        <translation>直向</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="201"/>
        <source>Landscape</source>
        <translation>橫向</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="202"/>
        <source>This machine&apos;s default</source>
        <translation>本機預設</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="204"/>
        <source>Same as the card printer</source>
        <translation>與卡片印表機相同</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="206"/>
        <source>Receipt roll</source>
        <translation>收據捲紙</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="207"/>
        <source>Label</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="207"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="208"/>
        <source>No logo</source>
        <translation>無Logo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="210"/>
        <source>Print each new card at once</source>
        <translation>每張新卡立即列印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="212"/>
        <source>Enrolled at %1</source>
        <translation>已註冊至%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="213"/>
        <source>Not enrolled: this kiosk works offline only. Enrol it with the command: kiosk enrol</source>
        <translation>未註冊：本終端機只能離線運作。請用指令 kiosk enrol 註冊。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="216"/>
        <source>Timeouts, printers, café name and logo apply at once; languages, orientation and scanner timing apply when the kiosk starts next.</source>
        <translation>逾時、印表機、店名和Logo設定立即生效；語言、螢幕方向和掃描器時間在終端機下次啟動時生效。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="218"/>
        <source>Save settings</source>
        <translation>儲存設定</translation>
    </message>
</context>
<context>
    <name>StaffHomeDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/home_desk.py" line="53"/>
        <source>Staff PIN changed.</source>
        <translation>店員PIN已變更。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home_desk.py" line="92"/>
        <source>Syncing with the office…</source>
        <translation>正在與總部同步…</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="143"/>
        <source>Tap again to quit the kiosk</source>
        <translation>再點一次結束終端機</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="147"/>
        <source>Staff mode</source>
        <translation>店員模式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="149"/>
        <source>Card print queue</source>
        <translation>卡片列印佇列</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="152"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n張等待中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="154"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n張失敗</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="156"/>
        <source>Card printer: %1</source>
        <translation>卡片印表機：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="157"/>
        <source>Find a producer
(purchase, card, password)</source>
        <translation>搜尋製作人
（消費、卡片、密碼）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="158"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="159"/>
        <source>Sync with the office now</source>
        <translation>立即與總部同步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="161"/>
        <source>This kiosk is not enrolled at an office: it works offline only. Enrol it with the command: kiosk enrol</source>
        <translation>本終端機未在總部註冊，只能離線運作。請用指令 kiosk enrol 註冊。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="163"/>
        <source>Recent staff actions</source>
        <translation>最近的店員操作</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="164"/>
        <source>Close staff mode</source>
        <translation>關閉店員模式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="165"/>
        <source>Change PIN</source>
        <translation>變更PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="167"/>
        <source>Quit the kiosk</source>
        <translation>結束終端機</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="178"/>
        <source>number %1 was someone else&apos;s: reprint the card</source>
        <translation>編號%1屬於他人：請重新列印卡片</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="181"/>
        <source>login ID was taken: now %1, give a new password slip</source>
        <translation>登入ID已被使用：現為%1，請重新發放密碼單</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="184"/>
        <source>staff PIN set</source>
        <translation>已設定店員PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="185"/>
        <source>staff PIN changed</source>
        <translation>已變更店員PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="186"/>
        <source>staff mode opened</source>
        <translation>已開啟店員模式</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="187"/>
        <source>wrong staff PIN</source>
        <translation>店員PIN錯誤</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="188"/>
        <source>card printed</source>
        <translation>已列印卡片</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="189"/>
        <source>card printing failed</source>
        <translation>卡片列印失敗</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="190"/>
        <source>card printing cancelled</source>
        <translation>已取消卡片列印</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="191"/>
        <source>card queued again</source>
        <translation>卡片已重新排入佇列</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="193"/>
        <source>password slip did not print: give a new password (Find a producer)</source>
        <translation>密碼單未能列印：請發放新密碼（搜尋製作人）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="194"/>
        <source>purchase recorded</source>
        <translation>已記錄消費</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="195"/>
        <source>points corrected</source>
        <translation>已更正點數</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="196"/>
        <source>new card issued</source>
        <translation>已發行新卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="197"/>
        <source>new website password</source>
        <translation>已重設網站密碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="198"/>
        <source>settings changed</source>
        <translation>已變更設定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="199"/>
        <source>kiosk quit by staff</source>
        <translation>店員已結束終端機</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="201"/>
        <source>a record from the office could not be used (reported)</source>
        <translation>總部的一筆紀錄無法使用（已回報）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="209"/>
        <source>office refused a check-in: counted today elsewhere</source>
        <translation>總部拒絕了報到：今天已在別處計入</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="210"/>
        <source>office refused a purchase: receipt used elsewhere</source>
        <translation>總部拒絕了消費紀錄：收據已在別處使用</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="211"/>
        <source>office refused a registration: number was taken</source>
        <translation>總部拒絕了註冊：編號已被使用</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="212"/>
        <source>office refused an event: number was taken</source>
        <translation>總部拒絕了一筆紀錄：編號已被使用</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="213"/>
        <source>office refused a correction: below zero there</source>
        <translation>總部拒絕了更正：在總部會低於零</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="214"/>
        <source>office refused an event: check the kiosk&apos;s clock</source>
        <translation>總部拒絕了一筆紀錄：請檢查本機時鐘</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="215"/>
        <source>office refused a push: the card is overdrawn</source>
        <translation>總部拒絕了應援：卡片已透支</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="216"/>
        <source>office refused a push: no such cast member</source>
        <translation>總部拒絕了應援：沒有該成員</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="218"/>
        <source>office refused an event (see the log)</source>
        <translation>總部拒絕了一筆紀錄（詳見日誌）</translation>
    </message>
</context>
<context>
    <name>StaffMessages</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/staff.py" line="38"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN錯誤次數過多。請等待%n秒後再試。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/staff.py" line="41"/>
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>PIN錯誤次數過多。請等待%n分鐘後再試。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="50"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN錯誤。請再試一次。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="54"/>
        <source>Choose 4 to 8 digits, not one digit repeated and not a run like 1234.</source>
        <translation>請使用4到8位數字，不能是同一數字重複，也不能是1234這樣的連號。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="57"/>
        <source>A staff PIN was set meanwhile. Please enter it.</source>
        <translation>在此期間已有人設定店員PIN。請輸入該PIN。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="58"/>
        <source>No staff PIN is set yet.</source>
        <translation>尚未設定店員PIN。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="70"/>
        <source>This receipt was already recorded. Nothing was added.</source>
        <translation>這張收據已經記錄過，未新增任何內容。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="72"/>
        <source>This receipt was already recorded on %1 for %2 (%3): %4, +%5 PV. Nothing was added.</source>
        <translation>這張收據已於%1記錄在%2（%3）名下：%4，+%5 PV。未新增任何內容。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="77"/>
        <source>That is not a receipt number from the till. Please check it on the receipt.</source>
        <translation>這不是櫃檯的收據號碼。請核對收據上的號碼。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="80"/>
        <source>The amount must be more than 0 yen.</source>
        <translation>金額必須大於0日圓。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="82"/>
        <source>That is more than one bill can be (at most %1). Please check the amount.</source>
        <translation>超出單筆帳單的上限（最多%1）。請核對金額。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="85"/>
        <source>This correction would take the producer&apos;s points below zero. Nothing was changed.</source>
        <translation>此更正會使製作人的點數低於零。未做任何變更。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="88"/>
        <source>A correction can change at most %1 points at once.</source>
        <translation>一次更正最多只能變動%1點。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="90"/>
        <source>A correction needs a change in PV or push points, and a reason.</source>
        <translation>更正需要填寫PV或應援點數的變動，以及原因。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="99"/>
        <source>That card cannot be printed from here (it was replaced, or issued at another kiosk). Replace the card instead.</source>
        <translation>這張卡無法在這裡列印（已被取代，或由其他終端機發行）。請改為更換卡片。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="117"/>
        <source>The slip printer offers no page for the chosen slip paper: change the slip paper in Settings.</source>
        <translation>密碼單印表機沒有所選用紙的頁面尺寸：請在設定中變更密碼單用紙。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="120"/>
        <source>still printing: the printer has not finished yet; see the print queue</source>
        <translation>仍在列印：印表機尚未完成，請查看列印佇列</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="122"/>
        <location filename="../../kiosk/ui/problems/staff.py" line="137"/>
        <source>the printer did not print it: %1</source>
        <translation>印表機未能列印：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="126"/>
        <source>The file could not be written. Check that the disk has space.</source>
        <translation>無法寫入檔案。請檢查磁碟空間是否足夠。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="143"/>
        <source>cards running low</source>
        <translation>卡片即將用完</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="144"/>
        <source>ribbon running low</source>
        <translation>色帶即將用完</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="150"/>
        <source>ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="151"/>
        <source>no printer by that name: choose the card printer in Settings</source>
        <translation>沒有叫這個名字的印表機：請在設定中選擇卡片印表機</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="153"/>
        <source>this printer offers no card size: choose the card printer in Settings</source>
        <translation>這台印表機沒有卡片尺寸：請在設定中選擇卡片印表機</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="156"/>
        <source>paused: resume the printer in the printer settings, then retry</source>
        <translation>已暫停：請在印表機設定中恢復印表機，然後重試</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="158"/>
        <source>not accepting jobs: set the printer to accept jobs, then retry</source>
        <translation>不接受工作：請將印表機設為接受工作，然後重試</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="160"/>
        <source>out of cards: load blank cards, then retry</source>
        <translation>卡片用完：請放入空白卡，然後重試</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="162"/>
        <source>ribbon used up: put in a new ribbon, then retry</source>
        <translation>色帶用完：請裝入新色帶，然後重試</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="164"/>
        <source>cover open: close the printer&apos;s cover, then retry</source>
        <translation>機蓋開啟：請關上印表機機蓋，然後重試</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="166"/>
        <source>card jammed: open the printer, take the card out, then retry</source>
        <translation>卡片卡住：請打開印表機取出卡片，然後重試</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="168"/>
        <source>offline: check the printer&apos;s power and cable, then retry</source>
        <translation>離線：請檢查印表機的電源和連接線，然後重試</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="170"/>
        <source>the print service is not running: restart the kiosk PC</source>
        <translation>列印服務未執行：請重新啟動終端機電腦</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="182"/>
        <source>The kiosk&apos;s storage is full: nothing was saved. Free some space.</source>
        <translation>終端機儲存空間已滿：未儲存任何內容。請釋放一些空間。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="184"/>
        <source>The kiosk cannot use its records right now: nothing was saved.</source>
        <translation>終端機目前無法讀取紀錄：未儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="187"/>
        <source>Something went wrong and nothing was saved. The details are in the log.</source>
        <translation>發生錯誤，未儲存任何內容。詳細資訊請見日誌。</translation>
    </message>
</context>
<context>
    <name>StaffProducerScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="146"/>
        <source>Stop the old password and issue a new one</source>
        <translation>停用舊密碼並重設新密碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="153"/>
        <source>Card %1 (generation %2) stops working at once, wherever it is. A new card goes to the print queue; the points stay with the producer.</source>
        <translation>卡片%1（第%2代）將立即失效，無論它在哪裡。新卡會加入列印佇列；點數仍歸該製作人所有。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="157"/>
        <source>Revoke card %1 and print a new one</source>
        <translation>停用卡片%1並列印新卡</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="169"/>
        <source>Producer</source>
        <translation>製作人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="175"/>
        <source>Producer number: %1</source>
        <translation>製作人編號：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="176"/>
        <source>Rank: %1</source>
        <translation>等級：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="177"/>
        <source>PV: %1 · Push points: %2</source>
        <translation>PV：%1 · 應援點數：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="179"/>
        <source>Card: generation %1</source>
        <translation>卡片：第%1代</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="183"/>
        <source>Card upgrade available: the card shows an older rank&apos;s colour. Replace it with &quot;New rank colour&quot;.</source>
        <translation>可更換卡片：卡片仍是舊等級的顏色。請用「新等級顏色」更換。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="185"/>
        <source>Record a purchase</source>
        <translation>記錄消費</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="186"/>
        <source>Correct points</source>
        <translation>更正點數</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="187"/>
        <source>Replace the card</source>
        <translation>更換卡片</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="188"/>
        <source>New website password</source>
        <translation>重設網站密碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="190"/>
        <source>Why is the card replaced? The old card stops working at once; the points stay with the producer.</source>
        <translation>為什麼要更換卡片？舊卡會立即失效；點數仍歸該製作人所有。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="144"/>
        <source>Issue a new website password? The old password stops working at once.</source>
        <translation>要重設網站密碼嗎？舊密碼將立即失效。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="192"/>
        <source>Lost</source>
        <translation>遺失</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="192"/>
        <source>Damaged</source>
        <translation>損壞</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="193"/>
        <source>New rank colour</source>
        <translation>新等級顏色</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/base.py" line="66"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/base.py" line="67"/>
        <source>Staff mode</source>
        <translation>店員模式</translation>
    </message>
</context>
<context>
    <name>StayTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/stay_text.py" line="16"/>
        <source>Checked in at %1. Your first period ends at %2.</source>
        <translation>您已於%1報到。第一段時間到%2結束。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/stay_text.py" line="18"/>
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>之後每%1分鐘收費%2，並請至少點%n份餐點。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/stay_text.py" line="21"/>
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>請在離店前%n分鐘告知成員。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/stay_text.py" line="22"/>
        <source>Next stage show: %1</source>
        <translation>下一場舞台表演：%1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_header.py" line="28"/>
        <source>Step %1 of %2</source>
        <translation>第%1步，共%2步</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="55"/>
        <source>● Office online</source>
        <translation>● 已連線總部</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="55"/>
        <source>○ Office offline</source>
        <translation>○ 未連線總部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="56"/>
        <source>%n event(s) waiting</source>
        <translation>
            <numerusform>待傳送 %n 筆</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="59"/>
        <source>%n refused by the office this week</source>
        <translation>
            <numerusform>本週被總部拒絕 %n 筆</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="61"/>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="64"/>
        <source>never synced</source>
        <translation>尚未同步</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="63"/>
        <source>Terms and privacy</source>
        <translation>使用條款與隱私權政策</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="65"/>
        <source>Your producer card costs %1, paid at the till.</source>
        <translation>製作人卡的製卡費為%1，在櫃檯支付。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="67"/>
        <source>You earn PV points when you spend, and push points when you visit. Points have no cash value and cannot be exchanged or transferred.</source>
        <translation>消費可獲得PV點數，來店可獲得應援點數。點數沒有現金價值，不能兌換或轉讓。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="69"/>
        <source>We keep your producer name, your producer number, your website login and your points history. We do not ask for your real name, address or payment details.</source>
        <translation>我們保存您的製作人暱稱、製作人編號、網站登入資訊和點數紀錄。我們不會詢問您的真實姓名、地址或付款資訊。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="72"/>
        <source>This information is stored on this kiosk and on our own server, only to run the producer system.</source>
        <translation>這些資訊保存在本終端機和我們自己的伺服器上，僅用於經營製作人制度。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="74"/>
        <source>The QR code on your card holds only a signed card number: no name, no points, no password.</source>
        <translation>卡上的QR碼只包含附簽章的卡號：不含暱稱、點數或密碼。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="76"/>
        <source>Your producer name may appear in the café and on the website&apos;s rankings.</source>
        <translation>您的製作人暱稱可能會顯示在店內和網站的排行榜上。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="78"/>
        <source>You can ask the staff at any time to show or delete your data.</source>
        <translation>您可以隨時請店員出示或刪除您的資料。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="82"/>
        <source>I agree to the terms of use and the privacy policy</source>
        <translation>我同意使用條款和隱私權政策</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="56"/>
        <source>Welcome to the café!</source>
        <translation>歡迎光臨！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="57"/>
        <source>Choose your language</source>
        <translation>請選擇語言</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="59"/>
        <source>First visit? Become a producer: get your own producer card and vote for your favourite cast member.</source>
        <translation>第一次來？成為製作人吧：領取您專屬的製作人卡，為您最喜歡的成員投票。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="61"/>
        <source>Become a producer</source>
        <translation>成為製作人</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="62"/>
        <source>Larger text and high contrast</source>
        <translation>放大文字，高對比度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="63"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="64"/>
        <source>Have a card that won&apos;t scan? Log in with your number</source>
        <translation>卡片無法掃描？用編號登入</translation>
    </message>
</context>
</TS>
