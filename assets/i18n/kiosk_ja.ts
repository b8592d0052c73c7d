<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="280"/>
        <source>How it works</source>
        <translation>使い方ガイド</translation>
    </message>
</context>
<context>
    <name>BalanceScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="180"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="182"/>
        <source>Your card is valid. Your points and rank will appear here after this kiosk&apos;s next sync.</source>
        <translation>カードは有効です。この端末の次回の同期後、ポイントとランクがここに表示されます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="185"/>
        <source>Your rank went up! Ask a staff member for a new card in your rank&apos;s colour.</source>
        <translation>ランクが上がりました！新しいランクの色のカードは、スタッフにお申し付けください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="188"/>
        <source>Welcome back, producer!</source>
        <translation>おかえりなさい、プロデューサー！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="192"/>
        <source>Hello, %1!</source>
        <translation>%1さん、こんにちは！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="194"/>
        <source>PV points</source>
        <translation>PVポイント</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="198"/>
        <source>You have reached the top rank!</source>
        <translation>最高ランクに到達しました！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="200"/>
        <source>%1 PV to %2</source>
        <translation>%2まであと%1 PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="202"/>
        <source>Push points</source>
        <translation>推しポイント</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="205"/>
        <source>Each push point = %n vote(s)</source>
        <translation>
            <numerusform>推しポイント1ポイント＝%n票</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="208"/>
        <source>Checked in today</source>
        <translation>本日チェックイン済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="209"/>
        <source>Check in for today</source>
        <translation>本日のチェックイン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="210"/>
        <source>Push a cast member</source>
        <translation>キャストを推す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="213"/>
        <source>You have 0 push points. Each visit (once a day) and each day you log in to the website earns more.</source>
        <translation>推しポイントは0ポイントです。ご来店（1日1回）と、毎日のウェブサイトへのログインでたまります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="217"/>
        <source>You have 0 push points. Check in for today&apos;s visit to earn some, then push!</source>
        <translation>推しポイントは0ポイントです。本日のチェックインでポイントをためてから推しましょう！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="221"/>
        <source>Recent activity</source>
        <translation>最近の記録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="223"/>
        <source>Last synced: %1</source>
        <translation>最終同期：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="226"/>
        <source>Not synced yet</source>
        <translation>まだ同期していません</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="234"/>
        <source>not counted</source>
        <translation>加算されませんでした</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="232"/>
        <source>not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="245"/>
        <source>Became a producer</source>
        <translation>プロデューサー登録</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="248"/>
        <source>Visit: +%n push point(s)</source>
        <translation>
            <numerusform>ご来店：推しポイント＋%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="250"/>
        <source>Purchase: +%n PV</source>
        <translation>
            <numerusform>お会計：＋%n PV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="255"/>
        <source>Pushed %1: %n vote(s)</source>
        <translation>
            <numerusform>%1を推しました：%n票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="257"/>
        <source>Website login: +%n push point(s)</source>
        <translation>
            <numerusform>ウェブログイン：推しポイント＋%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="259"/>
        <source>New card issued</source>
        <translation>新しいカードを発行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="261"/>
        <source>New website password</source>
        <translation>ウェブサイトのパスワード再発行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="262"/>
        <source>Correction</source>
        <translation>訂正</translation>
    </message>
</context>
<context>
    <name>CardReadyScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="133"/>
        <source>Welcome, %1! Your card is ready.</source>
        <translation>%1さん、ようこそ！カードができました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="137"/>
        <source>Producer number</source>
        <translation>プロデューサー番号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="138"/>
        <source>Rank</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="139"/>
        <source>Website login ID</source>
        <translation>ウェブサイトのログインID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="140"/>
        <source>Initial password</source>
        <translation>初期パスワード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="143"/>
        <source>Write your login ID and password down now: they will not be shown again.</source>
        <translation>ログインIDとパスワードを今すぐメモしてください。再表示はできません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="146"/>
        <source>Write your login ID and password down now: they will not be shown again. They are also printed on the slip the staff will hand you with your card.</source>
        <translation>ログインIDとパスワードを今すぐメモしてください。再表示はできません。カードと一緒にスタッフからお渡しする用紙にも印刷されています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="150"/>
        <source>Write your login ID and password down now: they will not be shown again, and the slip with them could not be printed.</source>
        <translation>ログインIDとパスワードを今すぐメモしてください。再表示はできません。また、これらを記載した用紙を印刷できませんでした。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="152"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="153"/>
        <source>How it works</source>
        <translation>使い方ガイド</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="133"/>
        <location filename="../../kiosk/ui/screens/confirm.py" line="146"/>
        <source>Making your card…</source>
        <translation>カードを作成しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="137"/>
        <source>Is this right?</source>
        <translation>この内容でよろしいですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="138"/>
        <source>Producer name</source>
        <translation>プロデューサー名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="139"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="140"/>
        <source>The card costs %1. Please pay at the till when you order.</source>
        <translation>カード発行料は%1です。ご注文の際にレジでお支払いください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="142"/>
        <source>Tick the box to agree to the terms first.</source>
        <translation>先に、規約に同意するチェックボックスにチェックを入れてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="143"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="144"/>
        <source>Agree and make my card</source>
        <translation>同意してカードを作る</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../../kiosk/ui/staff/confirm_step.py" line="86"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>CorrectionScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="103"/>
        <source>%1: change PV by %2 and push points by %3? The entry stays in the producer&apos;s history; only another correction can undo it.</source>
        <translation>%1：PVを%2、推しポイントを%3変更しますか？この記録はプロデューサーの履歴に残り、取り消すには別の修正が必要です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="106"/>
        <source>Save this correction</source>
        <translation>この修正を保存</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="118"/>
        <source>Correct points</source>
        <translation>ポイントの訂正</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="119"/>
        <source>A correction is added as a new entry; nothing earlier is changed. Use − for points to take away.</source>
        <translation>訂正は新しい記録として追加され、以前の記録は変わりません。減らすポイントには − を付けてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="121"/>
        <source>PV change</source>
        <translation>PVの増減</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="122"/>
        <source>Push point change</source>
        <translation>推しポイントの増減</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="123"/>
        <source>Reason (required)</source>
        <translation>理由（必須）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="124"/>
        <source>Save correction</source>
        <translation>訂正を保存</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="84"/>
        <source>Rank</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="85"/>
        <source>PV from</source>
        <translation>必要PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="86"/>
        <source>Votes per push point</source>
        <translation>推しポイント1ポイントあたりの票数</translation>
    </message>
</context>
<context>
    <name>ExplainerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="55"/>
        <source>This is the first page.</source>
        <translation>ここが最初のページです。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="57"/>
        <source>This is the last page. Tap Close when you are done.</source>
        <translation>ここが最後のページです。読み終えたら「閉じる」をタップしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="121"/>
        <source>How it works</source>
        <translation>使い方ガイド</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="122"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="123"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="124"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ExplainerTexts</name>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="47"/>
        <source>You are a producer</source>
        <translation>お客様はプロデューサー</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="48"/>
        <source>The cast of this café dream of becoming idols. As a producer, you help decide who gets the next big chance.</source>
        <translation>このカフェのキャストは、アイドルを目指して頑張っています。プロデューサーとして、次のチャンスを誰がつかむかを一緒に決めましょう。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="50"/>
        <source>Spend time with us, collect points, and push your favourite cast member up the monthly ranking.</source>
        <translation>ご来店やお食事でポイントをためて、推しのキャストを月間ランキングの上位へ押し上げましょう。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="53"/>
        <source>Your card and website login</source>
        <translation>カードとウェブサイトのログイン</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="54"/>
        <source>On your first visit you get a producer card for %1, paid at the till. Show its QR code at the kiosk on every visit.</source>
        <translation>初めてのご来店でプロデューサーカードを発行します（発行料%1、レジでお支払い）。ご来店のたびに、QRコードを端末にかざしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="57"/>
        <source>You also get a login ID and password for the café&apos;s website, printed on your slip.</source>
        <translation>カフェのウェブサイトのログインIDとパスワードもお渡しします。用紙に印刷されています。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="59"/>
        <source>Log in to the website and get %n push point(s) each day.</source>
        <translation>
            <numerusform>1日1回、ウェブサイトへのログインで推しポイントが%nポイントたまります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="62"/>
        <source>PV points and your rank</source>
        <translation>PVポイントとランク</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="63"/>
        <source>Every %1 you spend at the till earns 1 PV.</source>
        <translation>レジでのお会計%1ごとに1PVたまります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="65"/>
        <source>PV are never spent and never go down: all the PV you have ever earned decide your rank, from %1 up to %2. Your card changes colour with your rank.</source>
        <translation>PVは使っても減らず、決して下がりません。これまでにためたPVの合計で、%1から%2までのランクが決まります。ランクが上がるとカードの色が変わります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="70"/>
        <source>Push points and pushing</source>
        <translation>推しポイントと推し</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="71"/>
        <source>Each visit earns %n push point(s), once per business day (a day ends at %1).</source>
        <translation>
            <numerusform>ご来店ごとに推しポイントが%nポイントたまります（1営業日に1回まで。営業日は%1に切り替わります）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="73"/>
        <source>Spend push points to push your favourite cast members. Each push point is multiplied by your rank&apos;s multiplier.</source>
        <translation>推しポイントを使って、推しのキャストを応援できます。推しポイント1ポイントが、ランクの倍率の数だけ票になります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="75"/>
        <source>Example: with multiplier %1, %2 push points give %3 votes.</source>
        <translation>例：倍率%1倍のとき、推しポイント%2ポイントで%3票になります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="79"/>
        <source>The monthly ranking</source>
        <translation>月間ランキング</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="80"/>
        <source>Votes for each cast member are counted per calendar month, in Japan time. The cast member with the most votes wins the month.</source>
        <translation>キャストへの票は、日本時間の暦月ごとに集計されます。最も多くの票を集めたキャストがその月の1位です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="83"/>
        <source>The top %n are honoured with solo stages and the cover of a CD. There is a yearly ranking too.</source>
        <translation>
            <numerusform>上位%n名のキャストは、ソロステージやCDジャケットで表彰されます。年間ランキングもあります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="86"/>
        <source>Your stay</source>
        <translation>ご利用時間</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="87"/>
        <source>The first %1 minutes cost %2 (table charge) with at least %n drink(s).</source>
        <translation>
            <numerusform>最初の%1分は%2（テーブルチャージ）で、ドリンク%n杯以上のご注文をお願いします。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="90"/>
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>以降%1分ごとに%2で、%n品以上のご注文をお願いします。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="93"/>
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>お帰りの%n分前に、キャストにお声がけください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="95"/>
        <source>A stage show starts every %n minute(s).</source>
        <translation>
            <numerusform>ステージショーは%n分ごとに始まります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindProducerScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="74"/>
        <source>No producer matches. Check the number, or try part of the name.</source>
        <translation>該当するプロデューサーがいません。番号を確認するか、名前の一部で探してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="81"/>
        <source>Find a producer</source>
        <translation>プロデューサーを探す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="82"/>
        <source>Scan the producer&apos;s card, or type the producer number or part of the name.</source>
        <translation>プロデューサーカードをスキャンするか、プロデューサー番号または名前の一部を入力してください。</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="55"/>
        <source>Choose your language</source>
        <translation>言語を選んでください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="56"/>
        <source>Larger text and high contrast</source>
        <translation>文字を大きく、見やすい配色に</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="57"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ManualLoginScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="113"/>
        <source>Card won&apos;t scan?</source>
        <translation>カードが読み取れませんか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="114"/>
        <source>Type your producer number (on your card) and your website password.</source>
        <translation>プロデューサー番号（カードに記載）とウェブサイトのパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="116"/>
        <source>Producer number</source>
        <translation>プロデューサー番号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="117"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="118"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="119"/>
        <source>Show my points</source>
        <translation>ポイントを見る</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="95"/>
        <source>That name is too long: up to %n character(s), please.</source>
        <translation>
            <numerusform>名前が長すぎます。%n文字以内で入力してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="98"/>
        <source>Emoji can&apos;t be printed on the card. Please use letters.</source>
        <translation>絵文字はカードに印刷できません。文字で入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="100"/>
        <source>The name contains an invisible character. Please retype it.</source>
        <translation>名前に見えない文字が含まれています。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="102"/>
        <source>&quot;%1&quot; can&apos;t be used. Please use katakana or Latin letters.</source>
        <translation>「%1」は使えません。カタカナかアルファベットで入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="104"/>
        <source>Please type your name.</source>
        <translation>お名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="108"/>
        <source>What shall we call you?</source>
        <translation>お名前を教えてください</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="110"/>
        <source>Your producer name goes on your card. Katakana or Latin letters, up to %n character(s).</source>
        <translation>
            <numerusform>プロデューサー名はカードに印刷されます。カタカナかアルファベットで、%n文字まで入力できます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="112"/>
        <source>Your name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="113"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="114"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>NewPasswordScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="59"/>
        <source>New website password</source>
        <translation>ウェブサイトのパスワード再発行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="60"/>
        <source>Website login ID</source>
        <translation>ウェブサイトのログインID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="61"/>
        <source>New initial password</source>
        <translation>新しい初期パスワード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="63"/>
        <source>Shown only now: the old password no longer works here, and on the website after the next sync. Print the slip or let the producer write it down.</source>
        <translation>表示は今回限りです。古いパスワードは、この端末ではすでに、ウェブサイトでは次の同期後に使えなくなります。用紙を印刷するか、プロデューサーにメモしてもらってください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="65"/>
        <source>Print slip</source>
        <translation>用紙を印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="66"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="208"/>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="209"/>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="210"/>
        <source>Delete</source>
        <translation>1文字消す</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="195"/>
        <source>The two PINs were different. Please choose the PIN again.</source>
        <translation>2回入力したPINが違います。もう一度PINを決めてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="209"/>
        <source>Language of the staff screens</source>
        <translation>スタッフ画面の言語</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="210"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="212"/>
        <source>Change the staff PIN</source>
        <translation>スタッフPINを変更</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="214"/>
        <source>Enter the current staff PIN.</source>
        <translation>現在のスタッフPINを入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="215"/>
        <source>Choose the new PIN: 4 to 8 digits, not one digit repeated and not a run like 1234.</source>
        <translation>新しいPINを決めてください：4〜8桁で、同じ数字の繰り返しや1234のような連番は使えません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="219"/>
        <source>Staff PIN</source>
        <translation>スタッフPIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="220"/>
        <source>Enter the staff PIN to open staff mode.</source>
        <translation>スタッフモードを開くには、スタッフPINを入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="222"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="227"/>
        <source>Choose a staff PIN</source>
        <translation>スタッフPINを決める</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="224"/>
        <source>No staff PIN is set yet. Choose 4 to 8 digits that customers cannot guess: not one digit repeated and not a run like 1234.</source>
        <translation>スタッフPINはまだ設定されていません。お客様に推測されない4〜8桁の数字を決めてください。同じ数字の繰り返しや1234のような連番は使えません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="217"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="228"/>
        <source>Type the same PIN again to make sure.</source>
        <translation>確認のため、同じPINをもう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="229"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PrintDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="103"/>
        <source>use Save as PDF</source>
        <translation>「PDFで保存」を使ってください</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/print_desk.py" line="148"/>
        <source>%n card(s) printed.</source>
        <translation>
            <numerusform>%n枚のカードを印刷しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="189"/>
        <source>Test card printed on both sides.</source>
        <translation>テストカードを両面印刷しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="190"/>
        <source>Test card printed on its front only: this printer cannot print both sides.</source>
        <translation>テストカードを表面だけ印刷しました：このプリンターは両面印刷ができません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="198"/>
        <source>Printing a test card…</source>
        <translation>テストカードを印刷しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="249"/>
        <source>No card printer: choose one in Settings, or save the card as a PDF.</source>
        <translation>カードプリンターがありません。設定で選ぶか、カードをPDFで保存してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="241"/>
        <source>Saved as %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="271"/>
        <source>Slip printed.</source>
        <translation>用紙を印刷しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="283"/>
        <source>No printer for the slip: choose one in Settings.</source>
        <translation>用紙を印刷するプリンターがありません。設定で選んでください。</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="116"/>
        <source>Print %n waiting card(s)</source>
        <translation>
            <numerusform>待機中の%n枚を印刷</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="117"/>
        <source>No cards in the queue.</source>
        <translation>キューにカードはありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="118"/>
        <source>Cards, newest first</source>
        <translation>カード（新しい順）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="128"/>
        <source>card %1</source>
        <translation>カード%1枚目</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="171"/>
        <source>Print new card</source>
        <translation>新しいカードを印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="181"/>
        <source>Print a card in the new rank colour for %1 (%2)? Their current card stops working at once; points and rank stay.</source>
        <translation>%1さん（%2）の新しいランク色のカードを印刷しますか？今のカードはすぐに使えなくなります。ポイントとランクはそのまま引き継がれます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="184"/>
        <source>Print new card for %1</source>
        <translation>%1 の新しいカードを印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="203"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="205"/>
        <source>printing…</source>
        <translation>印刷中…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="207"/>
        <source>printed</source>
        <translation>印刷済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="209"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="210"/>
        <source>failed: %1</source>
        <translation>失敗：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="214"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="214"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="215"/>
        <source>Reprint</source>
        <translation>再印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="215"/>
        <source>Save as PDF</source>
        <translation>PDFで保存</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="219"/>
        <source>Card print queue</source>
        <translation>カード印刷キュー</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="220"/>
        <source>no printer chosen</source>
        <translation>プリンター未選択</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="221"/>
        <source>Card printer: %1 — %2</source>
        <translation>カードプリンター：%1 — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="223"/>
        <source>Test print</source>
        <translation>テスト印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="224"/>
        <source>Card upgrade available (new rank colour):</source>
        <translation>新しいランクの色に交換できるカード：</translation>
    </message>
</context>
<context>
    <name>ProducerDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="145"/>
        <source>This code is not a producer card of this café.</source>
        <translation>このコードはこのカフェのプロデューサーカードではありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="200"/>
        <source>Recorded: +%1 PV. PV now %2.</source>
        <translation>記録しました：+%1 PV。現在のPVは%2です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="204"/>
        <source>New rank: %1! Card upgrade available.</source>
        <translation>新しいランク：%1！カードを新しい色に交換できます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="216"/>
        <source>Correction saved.</source>
        <translation>訂正を保存しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="233"/>
        <source>New card (generation %1) is in the print queue. The old card no longer works.</source>
        <translation>新しいカード（第%1世代）を印刷キューに入れました。古いカードはもう使えません。</translation>
    </message>
</context>
<context>
    <name>ProducerFlow</name>
    <message>
        <location filename="../../kiosk/ui/producer_flow.py" line="139"/>
        <source>You have already checked in today.</source>
        <translation>本日はすでにチェックイン済みです。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/producer_flow.py" line="142"/>
        <source>Welcome! +%n push point(s) for today&apos;s visit.</source>
        <translation>
            <numerusform>ようこそ！本日のご来店で推しポイントが%nポイントたまりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProducerProblems</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/producer.py" line="20"/>
        <source>Too many wrong tries. Please wait %n minute(s) or ask a staff member.</source>
        <translation>
            <numerusform>入力ミスが続いたため、%n分お待ちいただくか、スタッフにお声がけください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/__init__.py" line="49"/>
        <source>Sorry, the kiosk cannot read its records right now. Please ask a staff member.</source>
        <translation>申し訳ありません。ただいま端末の記録を読み込めません。スタッフにお声がけください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/producer.py" line="24"/>
        <source>You can spend at most %n push point(s) right now.</source>
        <translation>
            <numerusform>今は最大%nポイントまで推せます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="42"/>
        <source>This code is not a producer card.</source>
        <translation>このコードはプロデューサーカードではありません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="44"/>
        <source>The card could not be read completely. Please hold it still under the scanner and try again.</source>
        <translation>カードを最後まで読み取れませんでした。スキャナーの下でカードを動かさずに、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="47"/>
        <source>This card was issued by a kiosk that is no longer in service. Please ask a staff member for a new card.</source>
        <translation>このカードは現在使われていない端末で発行されたものです。スタッフに新しいカードをお申し付けください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="50"/>
        <source>This card has been replaced by a newer one. Please use your new card.</source>
        <translation>このカードは新しいカードに交換されています。新しいカードをお使いください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="53"/>
        <source>This card comes from a kiosk this one does not know yet. Please ask a staff member.</source>
        <translation>このカードは、この端末がまだ知らない端末で発行されました。スタッフにお声がけください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="56"/>
        <source>The producer number or the password is not right. Please try again.</source>
        <translation>プロデューサー番号またはパスワードが正しくありません。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="59"/>
        <source>That is not a producer number. Please check the number on your card.</source>
        <translation>プロデューサー番号ではありません。カードの番号をご確認ください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="67"/>
        <source>This card is not valid. Please ask a staff member.</source>
        <translation>このカードは無効です。スタッフにお声がけください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="79"/>
        <source>You do not have enough push points.</source>
        <translation>推しポイントが足りません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="81"/>
        <source>This cast member is no longer in the roster.</source>
        <translation>このキャストは現在の名簿にいません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="83"/>
        <source>This push was already saved.</source>
        <translation>この推しはすでに保存されています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="85"/>
        <source>Pushing is paused for this card. Please ask a staff member.</source>
        <translation>このカードの推しは一時停止中です。スタッフにお声がけください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="89"/>
        <source>Please choose how many push points to give.</source>
        <translation>使う推しポイントの数を選んでください。</translation>
    </message>
</context>
<context>
    <name>PurchaseScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="57"/>
        <source>%1 earns %2 PV</source>
        <translation>%1 で %2 PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="73"/>
        <source>Record a purchase</source>
        <translation>お会計を記録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="74"/>
        <source>Receipt number</source>
        <translation>レシート番号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="75"/>
        <source>Amount (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="76"/>
        <source>Record</source>
        <translation>記録する</translation>
    </message>
</context>
<context>
    <name>PushCelebration</name>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="182"/>
        <source>Back to my page</source>
        <translation>マイページに戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="188"/>
        <source>Thank you for your push!</source>
        <translation>推してくれてありがとう！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="192"/>
        <source>%1 × your rank&apos;s multiplier %2 = %3</source>
        <translation>%1 × ランク倍率%2 = %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="194"/>
        <source>%1 now has %n vote(s) this month.</source>
        <translation>
            <numerusform>%1の今月の票数は%n票です。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="186"/>
        <source>%n vote(s) this month</source>
        <translation>
            <numerusform>今月%n票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="193"/>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="205"/>
        <source>%n push point(s)</source>
        <translation>
            <numerusform>推しポイント %nポイント</numerusform>
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
        <translation>キャストを推す</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="201"/>
        <source>You have %1 push points. Today you can spend up to %2.</source>
        <translation>推しポイントは%1ポイントあります。本日は最大%2ポイントまで使えます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="204"/>
        <source>Search by name</source>
        <translation>名前で検索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="205"/>
        <source>Keyboard</source>
        <translation>キーボード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="206"/>
        <source>No cast member matches.</source>
        <translation>該当するキャストがいません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="207"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="208"/>
        <source>Push!</source>
        <translation>推す！</translation>
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
        <translation>キャストランキング・%1</translation>
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
        <translation>%1 時点</translation>
    </message>
</context>
<context>
    <name>RegistrationFailure</name>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="24"/>
        <source>This registration was already saved. Please ask a staff member for your card.</source>
        <translation>この登録はすでに保存されています。カードはスタッフにお尋ねください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="27"/>
        <source>Please go back and check your name.</source>
        <translation>前の画面に戻って、お名前を確認してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="31"/>
        <source>Sorry, the kiosk&apos;s storage is full, so nothing was saved. Please ask a staff member.</source>
        <translation>申し訳ありません。端末の保存領域がいっぱいのため、登録は保存されていません。スタッフにお声がけください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="33"/>
        <source>Sorry, the kiosk cannot save right now, so nothing was saved. Please ask a staff member.</source>
        <translation>申し訳ありません。ただいま端末に保存できないため、登録は保存されていません。スタッフにお声がけください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="36"/>
        <source>Sorry, something went wrong and nothing was saved. Please ask a staff member.</source>
        <translation>申し訳ありません。エラーが発生したため、登録は保存されていません。スタッフにお声がけください。</translation>
    </message>
</context>
<context>
    <name>SettingsDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings_desk.py" line="99"/>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_desk.py" line="104"/>
        <source>Not saved: %1 — %2</source>
        <translation>保存していません：%1 — %2</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="113"/>
        <source>%1 (not found)</source>
        <translation>%1（見つかりません）</translation>
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
        <translation>カフェ名（新しいカードに印刷）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="182"/>
        <source>Customer screens close after</source>
        <translation>お客様画面を閉じるまで</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="183"/>
        <source>Balance screen closes after</source>
        <translation>ポイント画面を閉じるまで</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="184"/>
        <source>Staff mode closes after</source>
        <translation>スタッフモードを閉じるまで</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="185"/>
        <source>Languages offered</source>
        <translation>表示する言語</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="186"/>
        <source>Default language</source>
        <translation>標準の言語</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="187"/>
        <source>Screen orientation</source>
        <translation>画面の向き</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="188"/>
        <source>Card printer</source>
        <translation>カードプリンター</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="189"/>
        <source>Password slip printer</source>
        <translation>パスワード用紙のプリンター</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="190"/>
        <source>Slip paper</source>
        <translation>用紙の種類</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="191"/>
        <source>Printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="192"/>
        <source>Café logo (on new cards)</source>
        <translation>カフェのロゴ（新しいカードに印刷）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="193"/>
        <source>Scanner: most time between characters</source>
        <translation>スキャナー：文字間の最大時間</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="194"/>
        <source>Scanner: shortest code</source>
        <translation>スキャナー：コードの最短の長さ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="195"/>
        <source>Office</source>
        <translation>本部</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="199"/>
        <source>Follow the screen</source>
        <translation>画面に合わせる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="200"/>
        <source>Portrait</source>
        <translation>縦</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="201"/>
        <source>Landscape</source>
        <translation>横</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="202"/>
        <source>This machine&apos;s default</source>
        <translation>この端末の既定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="204"/>
        <source>Same as the card printer</source>
        <translation>カードプリンターと同じ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="206"/>
        <source>Receipt roll</source>
        <translation>レシートロール</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="207"/>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="207"/>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="208"/>
        <source>No logo</source>
        <translation>ロゴなし</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="210"/>
        <source>Print each new card at once</source>
        <translation>新しいカードをすぐに印刷する</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="212"/>
        <source>Enrolled at %1</source>
        <translation>%1 に登録済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="213"/>
        <source>Not enrolled: this kiosk works offline only. Enrol it with the command: kiosk enrol</source>
        <translation>未登録：この端末はオフラインでのみ動作します。コマンド kiosk enrol で登録してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="216"/>
        <source>Timeouts, printers, café name and logo apply at once; languages, orientation and scanner timing apply when the kiosk starts next.</source>
        <translation>時間・プリンター・カフェ名・ロゴはすぐに反映されます。言語・画面の向き・スキャナーの時間は、次に端末を起動したときに反映されます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="218"/>
        <source>Save settings</source>
        <translation>設定を保存</translation>
    </message>
</context>
<context>
    <name>StaffHomeDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/home_desk.py" line="53"/>
        <source>Staff PIN changed.</source>
        <translation>スタッフPINを変更しました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home_desk.py" line="92"/>
        <source>Syncing with the office…</source>
        <translation>本部と同期しています…</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="143"/>
        <source>Tap again to quit the kiosk</source>
        <translation>もう一度タップで端末を終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="147"/>
        <source>Staff mode</source>
        <translation>スタッフモード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="149"/>
        <source>Card print queue</source>
        <translation>カード印刷キュー</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="152"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>待機中 %n枚</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="154"/>
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n枚</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="156"/>
        <source>Card printer: %1</source>
        <translation>カードプリンター：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="157"/>
        <source>Find a producer
(purchase, card, password)</source>
        <translation>プロデューサーを探す
（お会計・カード・パスワード）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="158"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="159"/>
        <source>Sync with the office now</source>
        <translation>今すぐ本部と同期</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="161"/>
        <source>This kiosk is not enrolled at an office: it works offline only. Enrol it with the command: kiosk enrol</source>
        <translation>この端末は本部に登録されていないため、オフラインでのみ動作します。コマンド kiosk enrol で登録してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="163"/>
        <source>Recent staff actions</source>
        <translation>最近のスタッフ操作</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="164"/>
        <source>Close staff mode</source>
        <translation>スタッフモードを閉じる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="165"/>
        <source>Change PIN</source>
        <translation>PINを変更</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="167"/>
        <source>Quit the kiosk</source>
        <translation>端末を終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="178"/>
        <source>number %1 was someone else&apos;s: reprint the card</source>
        <translation>番号%1は他の方の番号でした：カードを再印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="181"/>
        <source>login ID was taken: now %1, give a new password slip</source>
        <translation>ログインIDが重複：新ID %1、パスワード用紙を再発行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="184"/>
        <source>staff PIN set</source>
        <translation>スタッフPINを設定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="185"/>
        <source>staff PIN changed</source>
        <translation>スタッフPINを変更</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="186"/>
        <source>staff mode opened</source>
        <translation>スタッフモードを開始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="187"/>
        <source>wrong staff PIN</source>
        <translation>スタッフPINの誤り</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="188"/>
        <source>card printed</source>
        <translation>カードを印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="189"/>
        <source>card printing failed</source>
        <translation>カードの印刷に失敗</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="190"/>
        <source>card printing cancelled</source>
        <translation>カードの印刷をキャンセル</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="191"/>
        <source>card queued again</source>
        <translation>カードを再びキューに追加</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="193"/>
        <source>password slip did not print: give a new password (Find a producer)</source>
        <translation>パスワード用紙が印刷されませんでした：新しいパスワードを渡してください（「プロデューサーを探す」から）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="194"/>
        <source>purchase recorded</source>
        <translation>お会計を記録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="195"/>
        <source>points corrected</source>
        <translation>ポイントを訂正</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="196"/>
        <source>new card issued</source>
        <translation>新しいカードを発行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="197"/>
        <source>new website password</source>
        <translation>ウェブサイトのパスワードを再発行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="198"/>
        <source>settings changed</source>
        <translation>設定を変更</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="199"/>
        <source>kiosk quit by staff</source>
        <translation>スタッフが端末を終了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="201"/>
        <source>a record from the office could not be used (reported)</source>
        <translation>本部からのデータを1件使えませんでした（報告済み）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="209"/>
        <source>office refused a check-in: counted today elsewhere</source>
        <translation>本部がチェックインを却下：本日は他の端末で加算済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="210"/>
        <source>office refused a purchase: receipt used elsewhere</source>
        <translation>本部がお会計を却下：レシートは他の端末で使用済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="211"/>
        <source>office refused a registration: number was taken</source>
        <translation>本部が登録を却下：番号は使用済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="212"/>
        <source>office refused an event: number was taken</source>
        <translation>本部が記録を却下：番号は使用済み</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="213"/>
        <source>office refused a correction: below zero there</source>
        <translation>本部が訂正を却下：本部でマイナスになる</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="214"/>
        <source>office refused an event: check the kiosk&apos;s clock</source>
        <translation>本部が記録を却下：端末の時計を確認</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="215"/>
        <source>office refused a push: the card is overdrawn</source>
        <translation>本部が推しを却下：カードがマイナス残高</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="216"/>
        <source>office refused a push: no such cast member</source>
        <translation>本部が推しを却下：該当するキャストなし</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="218"/>
        <source>office refused an event (see the log)</source>
        <translation>本部が記録を却下（詳細はログ）</translation>
    </message>
</context>
<context>
    <name>StaffMessages</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/staff.py" line="38"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PINの間違いが多すぎます。%n秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/staff.py" line="41"/>
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>PINの間違いが多すぎます。%n分後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="50"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PINが違います。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="54"/>
        <source>Choose 4 to 8 digits, not one digit repeated and not a run like 1234.</source>
        <translation>4〜8桁の数字にしてください。同じ数字の繰り返しや1234のような連番は使えません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="57"/>
        <source>A staff PIN was set meanwhile. Please enter it.</source>
        <translation>その間にスタッフPINが設定されました。そのPINを入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="58"/>
        <source>No staff PIN is set yet.</source>
        <translation>スタッフPINはまだ設定されていません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="70"/>
        <source>This receipt was already recorded. Nothing was added.</source>
        <translation>このレシートは記録済みです。何も追加していません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="72"/>
        <source>This receipt was already recorded on %1 for %2 (%3): %4, +%5 PV. Nothing was added.</source>
        <translation>このレシートは%1に%2（%3）の分として記録済みです：%4、+%5 PV。何も追加していません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="77"/>
        <source>That is not a receipt number from the till. Please check it on the receipt.</source>
        <translation>レジのレシート番号ではありません。レシートで番号を確認してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="80"/>
        <source>The amount must be more than 0 yen.</source>
        <translation>金額は0円より多くしてください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="82"/>
        <source>That is more than one bill can be (at most %1). Please check the amount.</source>
        <translation>1回のお会計としては多すぎます（上限%1）。金額を確認してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="85"/>
        <source>This correction would take the producer&apos;s points below zero. Nothing was changed.</source>
        <translation>この訂正ではプロデューサーのポイントがマイナスになります。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="88"/>
        <source>A correction can change at most %1 points at once.</source>
        <translation>1回の訂正で変更できるのは%1ポイントまでです。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="90"/>
        <source>A correction needs a change in PV or push points, and a reason.</source>
        <translation>訂正には、PVか推しポイントの増減と、理由が必要です。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="99"/>
        <source>That card cannot be printed from here (it was replaced, or issued at another kiosk). Replace the card instead.</source>
        <translation>このカードはここでは印刷できません（交換済み、または別の端末で発行）。代わりにカードを交換してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="117"/>
        <source>The slip printer offers no page for the chosen slip paper: change the slip paper in Settings.</source>
        <translation>用紙プリンターに、選択した用紙の用紙サイズがありません：設定で用紙の種類を変更してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="120"/>
        <source>still printing: the printer has not finished yet; see the print queue</source>
        <translation>印刷中：プリンターはまだ印刷を終えていません。印刷キューを確認してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="122"/>
        <location filename="../../kiosk/ui/problems/staff.py" line="137"/>
        <source>the printer did not print it: %1</source>
        <translation>プリンターが印刷しませんでした：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="126"/>
        <source>The file could not be written. Check that the disk has space.</source>
        <translation>ファイルを書き込めませんでした。ディスクの空き容量を確認してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="143"/>
        <source>cards running low</source>
        <translation>カード残りわずか</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="144"/>
        <source>ribbon running low</source>
        <translation>リボン残りわずか</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="150"/>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="151"/>
        <source>no printer by that name: choose the card printer in Settings</source>
        <translation>その名前のプリンターがありません：設定でカードプリンターを選んでください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="153"/>
        <source>this printer offers no card size: choose the card printer in Settings</source>
        <translation>このプリンターにはカードサイズがありません：設定でカードプリンターを選んでください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="156"/>
        <source>paused: resume the printer in the printer settings, then retry</source>
        <translation>一時停止中：プリンターの設定でプリンターを再開してから、再試行してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="158"/>
        <source>not accepting jobs: set the printer to accept jobs, then retry</source>
        <translation>ジョブ受付停止中：プリンターをジョブ受付可にしてから、再試行してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="160"/>
        <source>out of cards: load blank cards, then retry</source>
        <translation>カード切れ：白紙のカードを補充してから、再試行してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="162"/>
        <source>ribbon used up: put in a new ribbon, then retry</source>
        <translation>リボン切れ：新しいリボンを入れてから、再試行してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="164"/>
        <source>cover open: close the printer&apos;s cover, then retry</source>
        <translation>カバーが開いています：プリンターのカバーを閉めてから、再試行してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="166"/>
        <source>card jammed: open the printer, take the card out, then retry</source>
        <translation>カード詰まり：プリンターを開けてカードを取り出してから、再試行してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="168"/>
        <source>offline: check the printer&apos;s power and cable, then retry</source>
        <translation>オフライン：プリンターの電源とケーブルを確認してから、再試行してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="170"/>
        <source>the print service is not running: restart the kiosk PC</source>
        <translation>印刷サービスが動いていません：端末のPCを再起動してください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="182"/>
        <source>The kiosk&apos;s storage is full: nothing was saved. Free some space.</source>
        <translation>端末の保存領域がいっぱいのため、何も保存していません。空き容量を確保してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="184"/>
        <source>The kiosk cannot use its records right now: nothing was saved.</source>
        <translation>端末が今は記録を使えないため、何も保存していません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="187"/>
        <source>Something went wrong and nothing was saved. The details are in the log.</source>
        <translation>エラーが発生したため、何も保存していません。詳細はログにあります。</translation>
    </message>
</context>
<context>
    <name>StaffProducerScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="146"/>
        <source>Stop the old password and issue a new one</source>
        <translation>古いパスワードを無効にして再発行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="153"/>
        <source>Card %1 (generation %2) stops working at once, wherever it is. A new card goes to the print queue; the points stay with the producer.</source>
        <translation>カード%1（第%2世代）は、どこにあってもすぐに使えなくなります。新しいカードは印刷キューに入ります。ポイントはそのまま引き継がれます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="157"/>
        <source>Revoke card %1 and print a new one</source>
        <translation>カード%1を無効にして新しいカードを印刷</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="169"/>
        <source>Producer</source>
        <translation>プロデューサー</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="175"/>
        <source>Producer number: %1</source>
        <translation>プロデューサー番号：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="176"/>
        <source>Rank: %1</source>
        <translation>ランク：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="177"/>
        <source>PV: %1 · Push points: %2</source>
        <translation>PV：%1 · 推しポイント：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="179"/>
        <source>Card: generation %1</source>
        <translation>カード：第%1世代</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="183"/>
        <source>Card upgrade available: the card shows an older rank&apos;s colour. Replace it with &quot;New rank colour&quot;.</source>
        <translation>カードの色が以前のランクのままです。「新しいランクの色」でカードを交換してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="185"/>
        <source>Record a purchase</source>
        <translation>お会計を記録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="186"/>
        <source>Correct points</source>
        <translation>ポイントの訂正</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="187"/>
        <source>Replace the card</source>
        <translation>カードを交換</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="188"/>
        <source>New website password</source>
        <translation>ウェブサイトのパスワード再発行</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="190"/>
        <source>Why is the card replaced? The old card stops working at once; the points stay with the producer.</source>
        <translation>カードを交換する理由は？古いカードはすぐに使えなくなります。ポイントはそのまま引き継がれます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="144"/>
        <source>Issue a new website password? The old password stops working at once.</source>
        <translation>ウェブサイトのパスワードを再発行しますか？古いパスワードはすぐに使えなくなります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="192"/>
        <source>Lost</source>
        <translation>紛失</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="192"/>
        <source>Damaged</source>
        <translation>破損</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="193"/>
        <source>New rank colour</source>
        <translation>新しいランクの色</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/base.py" line="66"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/base.py" line="67"/>
        <source>Staff mode</source>
        <translation>スタッフモード</translation>
    </message>
</context>
<context>
    <name>StayTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/stay_text.py" line="16"/>
        <source>Checked in at %1. Your first period ends at %2.</source>
        <translation>%1にチェックインしました。最初の時間は%2までです。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/stay_text.py" line="18"/>
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>以降%1分ごとに%2で、%n品以上のご注文をお願いします。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/stay_text.py" line="21"/>
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>お帰りの%n分前に、キャストにお声がけください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/stay_text.py" line="22"/>
        <source>Next stage show: %1</source>
        <translation>次のステージショー：%1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_header.py" line="28"/>
        <source>Step %1 of %2</source>
        <translation>ステップ %1 / %2</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="55"/>
        <source>● Office online</source>
        <translation>● 本部と接続中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="55"/>
        <source>○ Office offline</source>
        <translation>○ 本部と未接続</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="56"/>
        <source>%n event(s) waiting</source>
        <translation>
            <numerusform>送信待ち %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="59"/>
        <source>%n refused by the office this week</source>
        <translation>
            <numerusform>今週の本部却下 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="61"/>
        <source>last sync %1</source>
        <translation>最終同期 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="64"/>
        <source>never synced</source>
        <translation>未同期</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="63"/>
        <source>Terms and privacy</source>
        <translation>利用規約とプライバシーポリシー</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="65"/>
        <source>Your producer card costs %1, paid at the till.</source>
        <translation>プロデューサーカードの発行料は%1です。レジでお支払いください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="67"/>
        <source>You earn PV points when you spend, and push points when you visit. Points have no cash value and cannot be exchanged or transferred.</source>
        <translation>お会計に応じてPVポイントが、ご来店ごとに推しポイントがたまります。ポイントは現金との交換や譲渡はできません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="69"/>
        <source>We keep your producer name, your producer number, your website login and your points history. We do not ask for your real name, address or payment details.</source>
        <translation>保存するのはプロデューサー名、プロデューサー番号、ウェブサイトのログイン情報、ポイントの履歴です。本名・住所・お支払い情報はお聞きしません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="72"/>
        <source>This information is stored on this kiosk and on our own server, only to run the producer system.</source>
        <translation>これらの情報は、この端末と運営元のサーバーに保存され、プロデューサー制度の運営にのみ使用します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="74"/>
        <source>The QR code on your card holds only a signed card number: no name, no points, no password.</source>
        <translation>カードのQRコードには署名付きのカード番号だけが入っています。名前・ポイント・パスワードは含まれません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="76"/>
        <source>Your producer name may appear in the café and on the website&apos;s rankings.</source>
        <translation>プロデューサー名は店内やウェブサイトのランキングに表示されることがあります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="78"/>
        <source>You can ask the staff at any time to show or delete your data.</source>
        <translation>ご自身のデータの確認や削除は、いつでもスタッフにお申し付けください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="82"/>
        <source>I agree to the terms of use and the privacy policy</source>
        <translation>利用規約とプライバシーポリシーに同意します</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="56"/>
        <source>Welcome to the café!</source>
        <translation>カフェへようこそ！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="57"/>
        <source>Choose your language</source>
        <translation>言語を選んでください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="59"/>
        <source>First visit? Become a producer: get your own producer card and vote for your favourite cast member.</source>
        <translation>はじめての方は、プロデューサー登録をしましょう。自分だけのプロデューサーカードで、推しのキャストを応援できます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="61"/>
        <source>Become a producer</source>
        <translation>プロデューサー登録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="62"/>
        <source>Larger text and high contrast</source>
        <translation>文字を大きく、見やすい配色に</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="63"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="64"/>
        <source>Have a card that won&apos;t scan? Log in with your number</source>
        <translation>カードが読み取れない方は、番号でログイン</translation>
    </message>
</context>
</TS>
