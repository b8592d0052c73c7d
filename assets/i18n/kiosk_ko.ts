<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="280"/>
        <source>How it works</source>
        <translation>이용 방법</translation>
    </message>
</context>
<context>
    <name>BalanceScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="180"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="182"/>
        <source>Your card is valid. Your points and rank will appear here after this kiosk&apos;s next sync.</source>
        <translation>카드는 유효합니다. 이 키오스크가 다음에 동기화하면 포인트와 랭크가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="185"/>
        <source>Your rank went up! Ask a staff member for a new card in your rank&apos;s colour.</source>
        <translation>랭크가 올랐습니다! 새 랭크 색상의 카드는 직원에게 요청해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="188"/>
        <source>Welcome back, producer!</source>
        <translation>다시 오신 것을 환영합니다, 프로듀서님!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="192"/>
        <source>Hello, %1!</source>
        <translation>%1 님, 안녕하세요!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="194"/>
        <source>PV points</source>
        <translation>PV 포인트</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="198"/>
        <source>You have reached the top rank!</source>
        <translation>최고 랭크에 도달했습니다!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="200"/>
        <source>%1 PV to %2</source>
        <translation>%2까지 %1 PV 남음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="202"/>
        <source>Push points</source>
        <translation>응원 포인트</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="205"/>
        <source>Each push point = %n vote(s)</source>
        <translation>
            <numerusform>응원 포인트 1개 = %n표</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="208"/>
        <source>Checked in today</source>
        <translation>오늘 체크인 완료</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="209"/>
        <source>Check in for today</source>
        <translation>오늘 체크인하기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="210"/>
        <source>Push a cast member</source>
        <translation>캐스트 응원하기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="213"/>
        <source>You have 0 push points. Each visit (once a day) and each day you log in to the website earns more.</source>
        <translation>응원 포인트가 0입니다. 방문(하루 한 번)과 매일 웹사이트 로그인으로 포인트가 쌓입니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="217"/>
        <source>You have 0 push points. Check in for today&apos;s visit to earn some, then push!</source>
        <translation>응원 포인트가 0입니다. 오늘 체크인으로 포인트를 모은 다음 응원하십시오!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="221"/>
        <source>Recent activity</source>
        <translation>최근 기록</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="223"/>
        <source>Last synced: %1</source>
        <translation>마지막 동기화: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="226"/>
        <source>Not synced yet</source>
        <translation>아직 동기화되지 않았습니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="234"/>
        <source>not counted</source>
        <translation>반영되지 않음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="232"/>
        <source>not synced yet</source>
        <translation>아직 동기화 안 됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="245"/>
        <source>Became a producer</source>
        <translation>프로듀서 등록</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="248"/>
        <source>Visit: +%n push point(s)</source>
        <translation>
            <numerusform>방문: 응원 포인트 +%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="250"/>
        <source>Purchase: +%n PV</source>
        <translation>
            <numerusform>결제: +%n PV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="255"/>
        <source>Pushed %1: %n vote(s)</source>
        <translation>
            <numerusform>%1 응원: %n표</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="257"/>
        <source>Website login: +%n push point(s)</source>
        <translation>
            <numerusform>웹사이트 로그인: 응원 포인트 +%n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="259"/>
        <source>New card issued</source>
        <translation>새 카드 발급</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="261"/>
        <source>New website password</source>
        <translation>웹사이트 비밀번호 재발급</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="262"/>
        <source>Correction</source>
        <translation>정정</translation>
    </message>
</context>
<context>
    <name>CardReadyScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="133"/>
        <source>Welcome, %1! Your card is ready.</source>
        <translation>%1 님, 환영합니다! 카드가 준비되었습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="137"/>
        <source>Producer number</source>
        <translation>프로듀서 번호</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="138"/>
        <source>Rank</source>
        <translation>랭크</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="139"/>
        <source>Website login ID</source>
        <translation>웹사이트 로그인 ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="140"/>
        <source>Initial password</source>
        <translation>초기 비밀번호</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="143"/>
        <source>Write your login ID and password down now: they will not be shown again.</source>
        <translation>지금 로그인 ID와 비밀번호를 적어 두세요. 이 화면은 다시 표시되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="146"/>
        <source>Write your login ID and password down now: they will not be shown again. They are also printed on the slip the staff will hand you with your card.</source>
        <translation>지금 로그인 ID와 비밀번호를 적어 두세요. 이 화면은 다시 표시되지 않습니다. 카드와 함께 직원이 드리는 안내지에도 인쇄되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="150"/>
        <source>Write your login ID and password down now: they will not be shown again, and the slip with them could not be printed.</source>
        <translation>지금 로그인 ID와 비밀번호를 적어 두세요. 이 화면은 다시 표시되지 않으며, 이 정보가 적힌 안내지는 인쇄하지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="152"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="153"/>
        <source>How it works</source>
        <translation>이용 방법</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="133"/>
        <location filename="../../kiosk/ui/screens/confirm.py" line="146"/>
        <source>Making your card…</source>
        <translation>카드를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="137"/>
        <source>Is this right?</source>
        <translation>이 내용이 맞습니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="138"/>
        <source>Producer name</source>
        <translation>프로듀서 이름</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="139"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="140"/>
        <source>The card costs %1. Please pay at the till when you order.</source>
        <translation>카드 발급 비용은 %1입니다. 주문하실 때 계산대에서 결제해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="142"/>
        <source>Tick the box to agree to the terms first.</source>
        <translation>먼저 약관에 동의하는 상자를 체크해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="143"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="144"/>
        <source>Agree and make my card</source>
        <translation>동의하고 카드 만들기</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../../kiosk/ui/staff/confirm_step.py" line="86"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>CorrectionScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="103"/>
        <source>%1: change PV by %2 and push points by %3? The entry stays in the producer&apos;s history; only another correction can undo it.</source>
        <translation>%1: PV를 %2, 응원 포인트를 %3만큼 변경하시겠습니까? 이 기록은 프로듀서의 이력에 남으며, 다른 수정으로만 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="106"/>
        <source>Save this correction</source>
        <translation>이 수정 저장</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="118"/>
        <source>Correct points</source>
        <translation>포인트 정정</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="119"/>
        <source>A correction is added as a new entry; nothing earlier is changed. Use − for points to take away.</source>
        <translation>정정은 새 기록으로 추가되며, 이전 기록은 바뀌지 않습니다. 차감할 포인트에는 −를 붙이세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="121"/>
        <source>PV change</source>
        <translation>PV 증감</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="122"/>
        <source>Push point change</source>
        <translation>응원 포인트 증감</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="123"/>
        <source>Reason (required)</source>
        <translation>사유(필수)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="124"/>
        <source>Save correction</source>
        <translation>정정 저장</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="84"/>
        <source>Rank</source>
        <translation>랭크</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="85"/>
        <source>PV from</source>
        <translation>필요 PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="86"/>
        <source>Votes per push point</source>
        <translation>응원 포인트 1개당 표 수</translation>
    </message>
</context>
<context>
    <name>ExplainerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="55"/>
        <source>This is the first page.</source>
        <translation>첫 페이지입니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="57"/>
        <source>This is the last page. Tap Close when you are done.</source>
        <translation>마지막 페이지입니다. 다 읽으셨으면 &apos;닫기&apos;를 눌러 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="121"/>
        <source>How it works</source>
        <translation>이용 방법</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="122"/>
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="123"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="124"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>ExplainerTexts</name>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="47"/>
        <source>You are a producer</source>
        <translation>여러분이 프로듀서입니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="48"/>
        <source>The cast of this café dream of becoming idols. As a producer, you help decide who gets the next big chance.</source>
        <translation>이 카페의 캐스트들은 아이돌을 꿈꾸고 있습니다. 프로듀서로서 다음 기회를 누가 잡을지 함께 정해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="50"/>
        <source>Spend time with us, collect points, and push your favourite cast member up the monthly ranking.</source>
        <translation>카페에서 시간을 보내며 포인트를 모으고, 최애 캐스트를 월간 랭킹 위로 밀어 올려 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="53"/>
        <source>Your card and website login</source>
        <translation>카드와 웹사이트 로그인</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="54"/>
        <source>On your first visit you get a producer card for %1, paid at the till. Show its QR code at the kiosk on every visit.</source>
        <translation>첫 방문 때 프로듀서 카드를 발급해 드립니다(%1, 계산대에서 결제). 방문할 때마다 카드의 QR 코드를 키오스크에 스캔해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="57"/>
        <source>You also get a login ID and password for the café&apos;s website, printed on your slip.</source>
        <translation>카페 웹사이트의 로그인 ID와 비밀번호도 드립니다. 안내지에 인쇄되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="59"/>
        <source>Log in to the website and get %n push point(s) each day.</source>
        <translation>
            <numerusform>웹사이트에 로그인하면 매일 응원 포인트 %n개가 쌓입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="62"/>
        <source>PV points and your rank</source>
        <translation>PV 포인트와 랭크</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="63"/>
        <source>Every %1 you spend at the till earns 1 PV.</source>
        <translation>계산대에서 결제한 금액 %1당 1 PV가 쌓입니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="65"/>
        <source>PV are never spent and never go down: all the PV you have ever earned decide your rank, from %1 up to %2. Your card changes colour with your rank.</source>
        <translation>PV는 사용되지 않고 절대 줄어들지 않습니다. 지금까지 모은 PV의 합계로 %1부터 %2까지의 랭크가 정해집니다. 랭크가 오르면 카드 색도 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="70"/>
        <source>Push points and pushing</source>
        <translation>응원 포인트와 응원</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="71"/>
        <source>Each visit earns %n push point(s), once per business day (a day ends at %1).</source>
        <translation>
            <numerusform>방문할 때마다 응원 포인트 %n개가 쌓입니다(영업일당 1회, 영업일은 %1에 바뀝니다).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="73"/>
        <source>Spend push points to push your favourite cast members. Each push point is multiplied by your rank&apos;s multiplier.</source>
        <translation>응원 포인트로 최애 캐스트를 응원하세요. 응원 포인트 1개는 랭크 배율만큼의 표가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="75"/>
        <source>Example: with multiplier %1, %2 push points give %3 votes.</source>
        <translation>예: 배율이 %1배일 때 응원 포인트 %2개는 %3표가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="79"/>
        <source>The monthly ranking</source>
        <translation>월간 랭킹</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="80"/>
        <source>Votes for each cast member are counted per calendar month, in Japan time. The cast member with the most votes wins the month.</source>
        <translation>캐스트의 표는 일본 시간 기준으로 매달 집계됩니다. 가장 많은 표를 받은 캐스트가 그달의 1위입니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="83"/>
        <source>The top %n are honoured with solo stages and the cover of a CD. There is a yearly ranking too.</source>
        <translation>
            <numerusform>상위 %n명의 캐스트에게는 솔로 무대와 CD 재킷의 영예가 주어집니다. 연간 랭킹도 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="86"/>
        <source>Your stay</source>
        <translation>이용 시간</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="87"/>
        <source>The first %1 minutes cost %2 (table charge) with at least %n drink(s).</source>
        <translation>
            <numerusform>처음 %1분은 테이블 차지 %2입니다. 음료를 %n잔 이상 주문해 주세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="90"/>
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>이후 %1분마다 %2입니다. 메뉴를 %n개 이상 주문해 주세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="93"/>
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>나가시기 %n분 전에 캐스트에게 알려 주세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="95"/>
        <source>A stage show starts every %n minute(s).</source>
        <translation>
            <numerusform>스테이지 쇼는 %n분마다 시작됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindProducerScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="74"/>
        <source>No producer matches. Check the number, or try part of the name.</source>
        <translation>일치하는 프로듀서가 없습니다. 번호를 확인하거나 이름의 일부로 찾아 보세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="81"/>
        <source>Find a producer</source>
        <translation>프로듀서 찾기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="82"/>
        <source>Scan the producer&apos;s card, or type the producer number or part of the name.</source>
        <translation>프로듀서 카드를 스캔하거나, 프로듀서 번호 또는 이름의 일부를 입력하세요.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="55"/>
        <source>Choose your language</source>
        <translation>언어를 선택해 주세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="56"/>
        <source>Larger text and high contrast</source>
        <translation>큰 글씨와 고대비 화면</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="57"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>ManualLoginScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="113"/>
        <source>Card won&apos;t scan?</source>
        <translation>카드가 인식되지 않습니까?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="114"/>
        <source>Type your producer number (on your card) and your website password.</source>
        <translation>프로듀서 번호(카드에 적힌 번호)와 웹사이트 비밀번호를 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="116"/>
        <source>Producer number</source>
        <translation>프로듀서 번호</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="117"/>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="118"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="119"/>
        <source>Show my points</source>
        <translation>내 포인트 보기</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="95"/>
        <source>That name is too long: up to %n character(s), please.</source>
        <translation>
            <numerusform>이름이 너무 깁니다. %n자 이내로 입력해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="98"/>
        <source>Emoji can&apos;t be printed on the card. Please use letters.</source>
        <translation>이모지는 카드에 인쇄할 수 없습니다. 문자로 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="100"/>
        <source>The name contains an invisible character. Please retype it.</source>
        <translation>이름에 보이지 않는 문자가 있습니다. 다시 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="102"/>
        <source>&quot;%1&quot; can&apos;t be used. Please use katakana or Latin letters.</source>
        <translation>&apos;%1&apos;은(는) 사용할 수 없습니다. 가타카나나 로마자로 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="104"/>
        <source>Please type your name.</source>
        <translation>이름을 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="108"/>
        <source>What shall we call you?</source>
        <translation>이름을 알려 주세요</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="110"/>
        <source>Your producer name goes on your card. Katakana or Latin letters, up to %n character(s).</source>
        <translation>
            <numerusform>프로듀서 이름은 카드에 인쇄됩니다. 가타카나나 로마자로 최대 %n자까지 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="112"/>
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="113"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="114"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>NewPasswordScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="59"/>
        <source>New website password</source>
        <translation>웹사이트 비밀번호 재발급</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="60"/>
        <source>Website login ID</source>
        <translation>웹사이트 로그인 ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="61"/>
        <source>New initial password</source>
        <translation>새 초기 비밀번호</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="63"/>
        <source>Shown only now: the old password no longer works here, and on the website after the next sync. Print the slip or let the producer write it down.</source>
        <translation>지금만 표시됩니다. 이전 비밀번호는 이 키오스크에서는 바로, 웹사이트에서는 다음 동기화 후 사용할 수 없습니다. 안내지를 인쇄하거나 프로듀서에게 적어 두도록 안내하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="65"/>
        <source>Print slip</source>
        <translation>안내지 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="66"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="208"/>
        <source>Kana</source>
        <translation>가나</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="209"/>
        <source>Space</source>
        <translation>띄어쓰기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="210"/>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="195"/>
        <source>The two PINs were different. Please choose the PIN again.</source>
        <translation>두 번 입력한 PIN이 다릅니다. PIN을 다시 정해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="209"/>
        <source>Language of the staff screens</source>
        <translation>직원 화면 언어</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="210"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="212"/>
        <source>Change the staff PIN</source>
        <translation>직원 PIN 변경</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="214"/>
        <source>Enter the current staff PIN.</source>
        <translation>현재 직원 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="215"/>
        <source>Choose the new PIN: 4 to 8 digits, not one digit repeated and not a run like 1234.</source>
        <translation>새 PIN을 정하세요: 4~8자리 숫자이며, 같은 숫자의 반복이나 1234 같은 연속 숫자는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="219"/>
        <source>Staff PIN</source>
        <translation>직원 PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="220"/>
        <source>Enter the staff PIN to open staff mode.</source>
        <translation>직원 모드를 열려면 직원 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="222"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="227"/>
        <source>Choose a staff PIN</source>
        <translation>직원 PIN 정하기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="224"/>
        <source>No staff PIN is set yet. Choose 4 to 8 digits that customers cannot guess: not one digit repeated and not a run like 1234.</source>
        <translation>직원 PIN이 아직 설정되지 않았습니다. 손님이 추측할 수 없는 4~8자리 숫자를 정하세요. 같은 숫자의 반복이나 1234 같은 연속 숫자는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="217"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="228"/>
        <source>Type the same PIN again to make sure.</source>
        <translation>확인을 위해 같은 PIN을 한 번 더 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="229"/>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>PrintDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="103"/>
        <source>use Save as PDF</source>
        <translation>&apos;PDF로 저장&apos;을 사용하세요</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/print_desk.py" line="148"/>
        <source>%n card(s) printed.</source>
        <translation>
            <numerusform>카드 %n장을 인쇄했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="189"/>
        <source>Test card printed on both sides.</source>
        <translation>테스트 카드를 양면으로 인쇄했습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="190"/>
        <source>Test card printed on its front only: this printer cannot print both sides.</source>
        <translation>테스트 카드의 앞면만 인쇄했습니다: 이 프린터는 양면 인쇄를 할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="198"/>
        <source>Printing a test card…</source>
        <translation>테스트 카드를 인쇄하는 중…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="249"/>
        <source>No card printer: choose one in Settings, or save the card as a PDF.</source>
        <translation>카드 프린터가 없습니다. 설정에서 선택하거나 카드를 PDF로 저장하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="241"/>
        <source>Saved as %1</source>
        <translation>저장됨: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="271"/>
        <source>Slip printed.</source>
        <translation>안내지를 인쇄했습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="283"/>
        <source>No printer for the slip: choose one in Settings.</source>
        <translation>안내지를 인쇄할 프린터가 없습니다. 설정에서 선택하세요.</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="116"/>
        <source>Print %n waiting card(s)</source>
        <translation>
            <numerusform>대기 중인 카드 %n장 인쇄</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="117"/>
        <source>No cards in the queue.</source>
        <translation>대기열에 카드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="118"/>
        <source>Cards, newest first</source>
        <translation>카드(최신순)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="128"/>
        <source>card %1</source>
        <translation>%1번째 카드</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="171"/>
        <source>Print new card</source>
        <translation>새 카드 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="181"/>
        <source>Print a card in the new rank colour for %1 (%2)? Their current card stops working at once; points and rank stay.</source>
        <translation>%1 님(%2)의 새 랭크 색상 카드를 인쇄하시겠습니까? 지금 카드는 바로 사용할 수 없게 되며, 포인트와 랭크는 그대로 유지됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="184"/>
        <source>Print new card for %1</source>
        <translation>%1 새 카드 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="203"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="205"/>
        <source>printing…</source>
        <translation>인쇄 중…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="207"/>
        <source>printed</source>
        <translation>인쇄됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="209"/>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="210"/>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="214"/>
        <source>Retry</source>
        <translation>재시도</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="214"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="215"/>
        <source>Reprint</source>
        <translation>다시 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="215"/>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="219"/>
        <source>Card print queue</source>
        <translation>카드 인쇄 대기열</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="220"/>
        <source>no printer chosen</source>
        <translation>선택된 프린터 없음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="221"/>
        <source>Card printer: %1 — %2</source>
        <translation>카드 프린터: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="223"/>
        <source>Test print</source>
        <translation>테스트 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="224"/>
        <source>Card upgrade available (new rank colour):</source>
        <translation>새 랭크 색상으로 교체 가능한 카드:</translation>
    </message>
</context>
<context>
    <name>ProducerDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="145"/>
        <source>This code is not a producer card of this café.</source>
        <translation>이 코드는 이 카페의 프로듀서 카드가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="200"/>
        <source>Recorded: +%1 PV. PV now %2.</source>
        <translation>기록했습니다: +%1 PV. 현재 PV는 %2입니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="204"/>
        <source>New rank: %1! Card upgrade available.</source>
        <translation>새 랭크: %1! 새 색상의 카드로 교체할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="216"/>
        <source>Correction saved.</source>
        <translation>정정을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="233"/>
        <source>New card (generation %1) is in the print queue. The old card no longer works.</source>
        <translation>새 카드(%1세대)가 인쇄 대기열에 들어갔습니다. 이전 카드는 더 이상 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ProducerFlow</name>
    <message>
        <location filename="../../kiosk/ui/producer_flow.py" line="139"/>
        <source>You have already checked in today.</source>
        <translation>오늘은 이미 체크인했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/producer_flow.py" line="142"/>
        <source>Welcome! +%n push point(s) for today&apos;s visit.</source>
        <translation>
            <numerusform>환영합니다! 오늘 방문으로 응원 포인트 %n개가 쌓였습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProducerProblems</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/producer.py" line="20"/>
        <source>Too many wrong tries. Please wait %n minute(s) or ask a staff member.</source>
        <translation>
            <numerusform>잘못된 시도가 너무 많습니다. %n분 기다리시거나 직원에게 문의해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/__init__.py" line="49"/>
        <source>Sorry, the kiosk cannot read its records right now. Please ask a staff member.</source>
        <translation>죄송합니다. 지금은 키오스크 기록을 읽을 수 없습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/producer.py" line="24"/>
        <source>You can spend at most %n push point(s) right now.</source>
        <translation>
            <numerusform>지금은 응원 포인트를 최대 %n개까지 사용할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="42"/>
        <source>This code is not a producer card.</source>
        <translation>이 코드는 프로듀서 카드가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="44"/>
        <source>The card could not be read completely. Please hold it still under the scanner and try again.</source>
        <translation>카드를 끝까지 읽지 못했습니다. 스캐너 아래에서 카드를 움직이지 말고 다시 시도해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="47"/>
        <source>This card was issued by a kiosk that is no longer in service. Please ask a staff member for a new card.</source>
        <translation>이 카드는 더 이상 사용하지 않는 키오스크에서 발급되었습니다. 직원에게 새 카드를 요청해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="50"/>
        <source>This card has been replaced by a newer one. Please use your new card.</source>
        <translation>이 카드는 새 카드로 교체되었습니다. 새 카드를 사용해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="53"/>
        <source>This card comes from a kiosk this one does not know yet. Please ask a staff member.</source>
        <translation>이 카드는 이 키오스크가 아직 모르는 키오스크에서 발급되었습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="56"/>
        <source>The producer number or the password is not right. Please try again.</source>
        <translation>프로듀서 번호나 비밀번호가 맞지 않습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="59"/>
        <source>That is not a producer number. Please check the number on your card.</source>
        <translation>프로듀서 번호가 아닙니다. 카드의 번호를 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="67"/>
        <source>This card is not valid. Please ask a staff member.</source>
        <translation>이 카드는 유효하지 않습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="79"/>
        <source>You do not have enough push points.</source>
        <translation>응원 포인트가 부족합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="81"/>
        <source>This cast member is no longer in the roster.</source>
        <translation>이 캐스트는 더 이상 명단에 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="83"/>
        <source>This push was already saved.</source>
        <translation>이 응원은 이미 저장되었습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="85"/>
        <source>Pushing is paused for this card. Please ask a staff member.</source>
        <translation>이 카드의 응원이 일시 중지되었습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="89"/>
        <source>Please choose how many push points to give.</source>
        <translation>사용할 응원 포인트 수를 선택해 주세요.</translation>
    </message>
</context>
<context>
    <name>PurchaseScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="57"/>
        <source>%1 earns %2 PV</source>
        <translation>%1 결제 시 %2 PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="73"/>
        <source>Record a purchase</source>
        <translation>결제 기록</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="74"/>
        <source>Receipt number</source>
        <translation>영수증 번호</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="75"/>
        <source>Amount (yen)</source>
        <translation>금액(엔)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="76"/>
        <source>Record</source>
        <translation>기록</translation>
    </message>
</context>
<context>
    <name>PushCelebration</name>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="182"/>
        <source>Back to my page</source>
        <translation>내 페이지로 돌아가기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="188"/>
        <source>Thank you for your push!</source>
        <translation>응원해 주셔서 감사합니다!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="192"/>
        <source>%1 × your rank&apos;s multiplier %2 = %3</source>
        <translation>%1 × 랭크 배율 %2 = %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="194"/>
        <source>%1 now has %n vote(s) this month.</source>
        <translation>
            <numerusform>%1 님의 이번 달 표는 %n표입니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="186"/>
        <source>%n vote(s) this month</source>
        <translation>
            <numerusform>이번 달 %n표</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="193"/>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="205"/>
        <source>%n push point(s)</source>
        <translation>
            <numerusform>응원 포인트 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="194"/>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="201"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n표</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="200"/>
        <source>Push a cast member</source>
        <translation>캐스트 응원하기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="201"/>
        <source>You have %1 push points. Today you can spend up to %2.</source>
        <translation>응원 포인트가 %1개 있습니다. 오늘은 최대 %2개까지 쓸 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="204"/>
        <source>Search by name</source>
        <translation>이름으로 검색</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="205"/>
        <source>Keyboard</source>
        <translation>키보드</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="206"/>
        <source>No cast member matches.</source>
        <translation>일치하는 캐스트가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="207"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="208"/>
        <source>Push!</source>
        <translation>응원!</translation>
    </message>
</context>
<context>
    <name>RankingBoardPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="116"/>
        <source>MMMM yyyy</source>
        <translation>yyyy년 M월</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="118"/>
        <source>Cast ranking · %1</source>
        <translation>캐스트 랭킹 · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="123"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n표</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="124"/>
        <source>As of %1</source>
        <translation>%1 기준</translation>
    </message>
</context>
<context>
    <name>RegistrationFailure</name>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="24"/>
        <source>This registration was already saved. Please ask a staff member for your card.</source>
        <translation>이 등록은 이미 저장되었습니다. 카드는 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="27"/>
        <source>Please go back and check your name.</source>
        <translation>이전 화면으로 돌아가 이름을 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="31"/>
        <source>Sorry, the kiosk&apos;s storage is full, so nothing was saved. Please ask a staff member.</source>
        <translation>죄송합니다. 키오스크 저장 공간이 가득 차서 아무것도 저장되지 않았습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="33"/>
        <source>Sorry, the kiosk cannot save right now, so nothing was saved. Please ask a staff member.</source>
        <translation>죄송합니다. 지금은 키오스크에 저장할 수 없어 아무것도 저장되지 않았습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="36"/>
        <source>Sorry, something went wrong and nothing was saved. Please ask a staff member.</source>
        <translation>죄송합니다. 오류가 발생하여 아무것도 저장되지 않았습니다. 직원에게 문의해 주세요.</translation>
    </message>
</context>
<context>
    <name>SettingsDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings_desk.py" line="99"/>
        <source>Settings saved.</source>
        <translation>설정을 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_desk.py" line="104"/>
        <source>Not saved: %1 — %2</source>
        <translation>저장되지 않음: %1 — %2</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="113"/>
        <source>%1 (not found)</source>
        <translation>%1 (찾을 수 없음)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="175"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="176"/>
        <source>s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="181"/>
        <source>Café name (on new cards)</source>
        <translation>카페 이름(새 카드에 인쇄)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="182"/>
        <source>Customer screens close after</source>
        <translation>손님 화면 자동 닫기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="183"/>
        <source>Balance screen closes after</source>
        <translation>포인트 화면 자동 닫기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="184"/>
        <source>Staff mode closes after</source>
        <translation>직원 모드 자동 닫기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="185"/>
        <source>Languages offered</source>
        <translation>제공 언어</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="186"/>
        <source>Default language</source>
        <translation>기본 언어</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="187"/>
        <source>Screen orientation</source>
        <translation>화면 방향</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="188"/>
        <source>Card printer</source>
        <translation>카드 프린터</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="189"/>
        <source>Password slip printer</source>
        <translation>비밀번호 안내지 프린터</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="190"/>
        <source>Slip paper</source>
        <translation>안내지 용지</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="191"/>
        <source>Printing</source>
        <translation>인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="192"/>
        <source>Café logo (on new cards)</source>
        <translation>카페 로고(새 카드에 인쇄)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="193"/>
        <source>Scanner: most time between characters</source>
        <translation>스캐너: 문자 간 최대 간격</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="194"/>
        <source>Scanner: shortest code</source>
        <translation>스캐너: 최소 코드 길이</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="195"/>
        <source>Office</source>
        <translation>본부</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="199"/>
        <source>Follow the screen</source>
        <translation>화면에 맞춤</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="200"/>
        <source>Portrait</source>
        <translation>세로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="201"/>
        <source>Landscape</source>
        <translation>가로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="202"/>
        <source>This machine&apos;s default</source>
        <translation>이 기기의 기본값</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="204"/>
        <source>Same as the card printer</source>
        <translation>카드 프린터와 동일</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="206"/>
        <source>Receipt roll</source>
        <translation>영수증 롤</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="207"/>
        <source>Label</source>
        <translation>라벨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="207"/>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="208"/>
        <source>No logo</source>
        <translation>로고 없음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="210"/>
        <source>Print each new card at once</source>
        <translation>새 카드를 바로 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="212"/>
        <source>Enrolled at %1</source>
        <translation>%1에 등록됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="213"/>
        <source>Not enrolled: this kiosk works offline only. Enrol it with the command: kiosk enrol</source>
        <translation>미등록: 이 키오스크는 오프라인으로만 작동합니다. 명령어 kiosk enrol로 등록하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="216"/>
        <source>Timeouts, printers, café name and logo apply at once; languages, orientation and scanner timing apply when the kiosk starts next.</source>
        <translation>시간 제한, 프린터, 카페 이름, 로고는 바로 적용됩니다. 언어, 화면 방향, 스캐너 타이밍은 다음에 키오스크를 시작할 때 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="218"/>
        <source>Save settings</source>
        <translation>설정 저장</translation>
    </message>
</context>
<context>
    <name>StaffHomeDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/home_desk.py" line="53"/>
        <source>Staff PIN changed.</source>
        <translation>직원 PIN을 변경했습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home_desk.py" line="92"/>
        <source>Syncing with the office…</source>
        <translation>본부와 동기화하는 중…</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="143"/>
        <source>Tap again to quit the kiosk</source>
        <translation>한 번 더 누르면 키오스크 종료</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="147"/>
        <source>Staff mode</source>
        <translation>직원 모드</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="149"/>
        <source>Card print queue</source>
        <translation>카드 인쇄 대기열</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="152"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>대기 %n장</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="154"/>
        <source>%n failed</source>
        <translation>
            <numerusform>실패 %n장</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="156"/>
        <source>Card printer: %1</source>
        <translation>카드 프린터: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="157"/>
        <source>Find a producer
(purchase, card, password)</source>
        <translation>프로듀서 찾기
(결제, 카드, 비밀번호)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="158"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="159"/>
        <source>Sync with the office now</source>
        <translation>지금 본부와 동기화</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="161"/>
        <source>This kiosk is not enrolled at an office: it works offline only. Enrol it with the command: kiosk enrol</source>
        <translation>이 키오스크는 본부에 등록되지 않아 오프라인으로만 작동합니다. 명령어 kiosk enrol로 등록하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="163"/>
        <source>Recent staff actions</source>
        <translation>최근 직원 작업</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="164"/>
        <source>Close staff mode</source>
        <translation>직원 모드 닫기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="165"/>
        <source>Change PIN</source>
        <translation>PIN 변경</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="167"/>
        <source>Quit the kiosk</source>
        <translation>키오스크 종료</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="178"/>
        <source>number %1 was someone else&apos;s: reprint the card</source>
        <translation>번호 %1은(는) 다른 사람의 번호: 카드 재인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="181"/>
        <source>login ID was taken: now %1, give a new password slip</source>
        <translation>로그인 ID 중복: 새 ID %1, 비밀번호 안내지 재발급</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="184"/>
        <source>staff PIN set</source>
        <translation>직원 PIN 설정</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="185"/>
        <source>staff PIN changed</source>
        <translation>직원 PIN 변경</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="186"/>
        <source>staff mode opened</source>
        <translation>직원 모드 열림</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="187"/>
        <source>wrong staff PIN</source>
        <translation>직원 PIN 오류</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="188"/>
        <source>card printed</source>
        <translation>카드 인쇄됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="189"/>
        <source>card printing failed</source>
        <translation>카드 인쇄 실패</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="190"/>
        <source>card printing cancelled</source>
        <translation>카드 인쇄 취소</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="191"/>
        <source>card queued again</source>
        <translation>카드 다시 대기열에 추가</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="193"/>
        <source>password slip did not print: give a new password (Find a producer)</source>
        <translation>비밀번호 안내지가 인쇄되지 않음: 새 비밀번호를 발급하세요(프로듀서 찾기)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="194"/>
        <source>purchase recorded</source>
        <translation>결제 기록됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="195"/>
        <source>points corrected</source>
        <translation>포인트 정정됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="196"/>
        <source>new card issued</source>
        <translation>새 카드 발급</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="197"/>
        <source>new website password</source>
        <translation>웹사이트 비밀번호 재발급</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="198"/>
        <source>settings changed</source>
        <translation>설정 변경</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="199"/>
        <source>kiosk quit by staff</source>
        <translation>직원이 키오스크 종료</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="201"/>
        <source>a record from the office could not be used (reported)</source>
        <translation>본부의 기록 1건을 사용할 수 없음(보고됨)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="209"/>
        <source>office refused a check-in: counted today elsewhere</source>
        <translation>본부가 체크인 거부: 오늘 다른 곳에서 반영됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="210"/>
        <source>office refused a purchase: receipt used elsewhere</source>
        <translation>본부가 결제 기록 거부: 영수증이 다른 곳에서 사용됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="211"/>
        <source>office refused a registration: number was taken</source>
        <translation>본부가 등록 거부: 번호가 이미 사용됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="212"/>
        <source>office refused an event: number was taken</source>
        <translation>본부가 기록 거부: 번호가 이미 사용됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="213"/>
        <source>office refused a correction: below zero there</source>
        <translation>본부가 정정 거부: 본부에서 0 미만이 됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="214"/>
        <source>office refused an event: check the kiosk&apos;s clock</source>
        <translation>본부가 기록 거부: 키오스크 시계를 확인</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="215"/>
        <source>office refused a push: the card is overdrawn</source>
        <translation>본부가 응원 거부: 카드 잔액이 마이너스</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="216"/>
        <source>office refused a push: no such cast member</source>
        <translation>본부가 응원 거부: 해당 캐스트 없음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="218"/>
        <source>office refused an event (see the log)</source>
        <translation>본부가 기록 거부(로그 참조)</translation>
    </message>
</context>
<context>
    <name>StaffMessages</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/staff.py" line="38"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>PIN 오류가 너무 많습니다. %n초 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/staff.py" line="41"/>
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>PIN 오류가 너무 많습니다. %n분 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="50"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN이 틀렸습니다. 다시 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="54"/>
        <source>Choose 4 to 8 digits, not one digit repeated and not a run like 1234.</source>
        <translation>4~8자리 숫자로 정하세요. 같은 숫자의 반복이나 1234 같은 연속 숫자는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="57"/>
        <source>A staff PIN was set meanwhile. Please enter it.</source>
        <translation>그사이에 직원 PIN이 설정되었습니다. 그 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="58"/>
        <source>No staff PIN is set yet.</source>
        <translation>직원 PIN이 아직 설정되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="70"/>
        <source>This receipt was already recorded. Nothing was added.</source>
        <translation>이 영수증은 이미 기록되었습니다. 추가된 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="72"/>
        <source>This receipt was already recorded on %1 for %2 (%3): %4, +%5 PV. Nothing was added.</source>
        <translation>이 영수증은 %1에 %2(%3) 님으로 이미 기록되었습니다: %4, +%5 PV. 추가된 것은 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="77"/>
        <source>That is not a receipt number from the till. Please check it on the receipt.</source>
        <translation>계산대 영수증 번호가 아닙니다. 영수증에서 번호를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="80"/>
        <source>The amount must be more than 0 yen.</source>
        <translation>금액은 0엔보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="82"/>
        <source>That is more than one bill can be (at most %1). Please check the amount.</source>
        <translation>한 번의 계산으로는 너무 큰 금액입니다(최대 %1). 금액을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="85"/>
        <source>This correction would take the producer&apos;s points below zero. Nothing was changed.</source>
        <translation>이 정정을 하면 프로듀서의 포인트가 0 미만이 됩니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="88"/>
        <source>A correction can change at most %1 points at once.</source>
        <translation>한 번의 정정으로 바꿀 수 있는 포인트는 최대 %1포인트입니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="90"/>
        <source>A correction needs a change in PV or push points, and a reason.</source>
        <translation>정정에는 PV 또는 응원 포인트의 증감과 사유가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="99"/>
        <source>That card cannot be printed from here (it was replaced, or issued at another kiosk). Replace the card instead.</source>
        <translation>이 카드는 여기서 인쇄할 수 없습니다(교체되었거나 다른 키오스크에서 발급됨). 대신 카드를 교체하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="117"/>
        <source>The slip printer offers no page for the chosen slip paper: change the slip paper in Settings.</source>
        <translation>안내지 프린터에 선택한 안내지 용지의 페이지 크기가 없습니다: 설정에서 안내지 용지를 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="120"/>
        <source>still printing: the printer has not finished yet; see the print queue</source>
        <translation>인쇄 중: 프린터가 아직 끝내지 않았습니다. 인쇄 대기열을 확인하세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="122"/>
        <location filename="../../kiosk/ui/problems/staff.py" line="137"/>
        <source>the printer did not print it: %1</source>
        <translation>프린터가 인쇄하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="126"/>
        <source>The file could not be written. Check that the disk has space.</source>
        <translation>파일을 쓸 수 없습니다. 디스크 공간이 있는지 확인하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="143"/>
        <source>cards running low</source>
        <translation>카드가 얼마 남지 않음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="144"/>
        <source>ribbon running low</source>
        <translation>리본이 얼마 남지 않음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="150"/>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="151"/>
        <source>no printer by that name: choose the card printer in Settings</source>
        <translation>그 이름의 프린터 없음: 설정에서 카드 프린터를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="153"/>
        <source>this printer offers no card size: choose the card printer in Settings</source>
        <translation>이 프린터에는 카드 크기가 없습니다: 설정에서 카드 프린터를 선택하세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="156"/>
        <source>paused: resume the printer in the printer settings, then retry</source>
        <translation>일시 중지됨: 프린터 설정에서 프린터를 재개한 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="158"/>
        <source>not accepting jobs: set the printer to accept jobs, then retry</source>
        <translation>작업을 받지 않음: 프린터가 작업을 받도록 설정한 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="160"/>
        <source>out of cards: load blank cards, then retry</source>
        <translation>카드 없음: 빈 카드를 넣은 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="162"/>
        <source>ribbon used up: put in a new ribbon, then retry</source>
        <translation>리본 소진: 새 리본을 넣은 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="164"/>
        <source>cover open: close the printer&apos;s cover, then retry</source>
        <translation>덮개 열림: 프린터 덮개를 닫은 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="166"/>
        <source>card jammed: open the printer, take the card out, then retry</source>
        <translation>카드 걸림: 프린터를 열어 카드를 꺼낸 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="168"/>
        <source>offline: check the printer&apos;s power and cable, then retry</source>
        <translation>오프라인: 프린터의 전원과 케이블을 확인한 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="170"/>
        <source>the print service is not running: restart the kiosk PC</source>
        <translation>인쇄 서비스가 실행되고 있지 않습니다: 키오스크 PC를 다시 시작하세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="182"/>
        <source>The kiosk&apos;s storage is full: nothing was saved. Free some space.</source>
        <translation>키오스크 저장 공간이 가득 차서 아무것도 저장되지 않았습니다. 공간을 확보하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="184"/>
        <source>The kiosk cannot use its records right now: nothing was saved.</source>
        <translation>지금은 키오스크가 기록을 사용할 수 없어 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="187"/>
        <source>Something went wrong and nothing was saved. The details are in the log.</source>
        <translation>오류가 발생하여 아무것도 저장되지 않았습니다. 자세한 내용은 로그에 있습니다.</translation>
    </message>
</context>
<context>
    <name>StaffProducerScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="146"/>
        <source>Stop the old password and issue a new one</source>
        <translation>이전 비밀번호를 중지하고 새 비밀번호 발급</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="153"/>
        <source>Card %1 (generation %2) stops working at once, wherever it is. A new card goes to the print queue; the points stay with the producer.</source>
        <translation>카드 %1(%2세대)은(는) 어디에 있든 바로 사용할 수 없게 됩니다. 새 카드는 인쇄 대기열에 들어가며, 포인트는 프로듀서에게 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="157"/>
        <source>Revoke card %1 and print a new one</source>
        <translation>카드 %1 무효화 후 새 카드 인쇄</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="169"/>
        <source>Producer</source>
        <translation>프로듀서</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="175"/>
        <source>Producer number: %1</source>
        <translation>프로듀서 번호: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="176"/>
        <source>Rank: %1</source>
        <translation>랭크: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="177"/>
        <source>PV: %1 · Push points: %2</source>
        <translation>PV: %1 · 응원 포인트: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="179"/>
        <source>Card: generation %1</source>
        <translation>카드: %1세대</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="183"/>
        <source>Card upgrade available: the card shows an older rank&apos;s colour. Replace it with &quot;New rank colour&quot;.</source>
        <translation>카드 교체 가능: 카드가 이전 랭크의 색상입니다. &apos;새 랭크 색상&apos;으로 교체하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="185"/>
        <source>Record a purchase</source>
        <translation>결제 기록</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="186"/>
        <source>Correct points</source>
        <translation>포인트 정정</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="187"/>
        <source>Replace the card</source>
        <translation>카드 교체</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="188"/>
        <source>New website password</source>
        <translation>웹사이트 비밀번호 재발급</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="190"/>
        <source>Why is the card replaced? The old card stops working at once; the points stay with the producer.</source>
        <translation>카드를 교체하는 이유는 무엇입니까? 이전 카드는 바로 사용할 수 없게 되며, 포인트는 프로듀서에게 그대로 남습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="144"/>
        <source>Issue a new website password? The old password stops working at once.</source>
        <translation>웹사이트 비밀번호를 재발급하시겠습니까? 이전 비밀번호는 바로 사용할 수 없게 됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="192"/>
        <source>Lost</source>
        <translation>분실</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="192"/>
        <source>Damaged</source>
        <translation>파손</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="193"/>
        <source>New rank colour</source>
        <translation>새 랭크 색상</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/base.py" line="66"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/base.py" line="67"/>
        <source>Staff mode</source>
        <translation>직원 모드</translation>
    </message>
</context>
<context>
    <name>StayTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/stay_text.py" line="16"/>
        <source>Checked in at %1. Your first period ends at %2.</source>
        <translation>%1에 체크인했습니다. 첫 이용 시간은 %2에 끝납니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/stay_text.py" line="18"/>
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>이후 %1분마다 %2입니다. 메뉴를 %n개 이상 주문해 주세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/stay_text.py" line="21"/>
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>나가시기 %n분 전에 캐스트에게 알려 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/stay_text.py" line="22"/>
        <source>Next stage show: %1</source>
        <translation>다음 스테이지 쇼: %1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_header.py" line="28"/>
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="55"/>
        <source>● Office online</source>
        <translation>● 본부 연결됨</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="55"/>
        <source>○ Office offline</source>
        <translation>○ 본부 연결 끊김</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="56"/>
        <source>%n event(s) waiting</source>
        <translation>
            <numerusform>전송 대기 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="59"/>
        <source>%n refused by the office this week</source>
        <translation>
            <numerusform>이번 주 본부 거부 %n건</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="61"/>
        <source>last sync %1</source>
        <translation>마지막 동기화 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="64"/>
        <source>never synced</source>
        <translation>동기화 기록 없음</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="63"/>
        <source>Terms and privacy</source>
        <translation>이용 약관 및 개인정보 처리방침</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="65"/>
        <source>Your producer card costs %1, paid at the till.</source>
        <translation>프로듀서 카드 발급 비용은 %1입니다. 계산대에서 결제해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="67"/>
        <source>You earn PV points when you spend, and push points when you visit. Points have no cash value and cannot be exchanged or transferred.</source>
        <translation>결제하면 PV 포인트가, 방문하면 응원 포인트가 쌓입니다. 포인트는 현금 가치가 없으며 교환하거나 양도할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="69"/>
        <source>We keep your producer name, your producer number, your website login and your points history. We do not ask for your real name, address or payment details.</source>
        <translation>저희는 프로듀서 이름, 프로듀서 번호, 웹사이트 로그인 정보, 포인트 내역을 보관합니다. 실명, 주소, 결제 정보는 묻지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="72"/>
        <source>This information is stored on this kiosk and on our own server, only to run the producer system.</source>
        <translation>이 정보는 이 키오스크와 자체 서버에 저장되며, 프로듀서 제도 운영에만 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="74"/>
        <source>The QR code on your card holds only a signed card number: no name, no points, no password.</source>
        <translation>카드의 QR 코드에는 서명된 카드 번호만 들어 있습니다. 이름, 포인트, 비밀번호는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="76"/>
        <source>Your producer name may appear in the café and on the website&apos;s rankings.</source>
        <translation>프로듀서 이름은 카페 안이나 웹사이트 랭킹에 표시될 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="78"/>
        <source>You can ask the staff at any time to show or delete your data.</source>
        <translation>언제든지 직원에게 본인 데이터의 확인이나 삭제를 요청하실 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="82"/>
        <source>I agree to the terms of use and the privacy policy</source>
        <translation>이용 약관과 개인정보 처리방침에 동의합니다</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="56"/>
        <source>Welcome to the café!</source>
        <translation>카페에 오신 것을 환영합니다!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="57"/>
        <source>Choose your language</source>
        <translation>언어를 선택해 주세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="59"/>
        <source>First visit? Become a producer: get your own producer card and vote for your favourite cast member.</source>
        <translation>처음 방문하셨습니까? 프로듀서가 되어 나만의 프로듀서 카드를 받고 최애 캐스트에게 투표하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="61"/>
        <source>Become a producer</source>
        <translation>프로듀서 등록</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="62"/>
        <source>Larger text and high contrast</source>
        <translation>큰 글씨와 고대비 화면</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="63"/>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="64"/>
        <source>Have a card that won&apos;t scan? Log in with your number</source>
        <translation>카드가 인식되지 않습니까? 번호로 로그인</translation>
    </message>
</context>
</TS>
