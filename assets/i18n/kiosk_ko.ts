<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="95" />
        <source>How it works</source>
        <translation>이용 방법</translation>
    </message>
</context>
<context>
    <name>CardReadyScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="102" />
        <source>Welcome, %1! Your card is ready.</source>
        <translation>%1 님, 환영합니다! 카드가 준비되었습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="107" />
        <source>Producer number</source>
        <translation>프로듀서 번호</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="108" />
        <source>Rank</source>
        <translation>랭크</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="109" />
        <source>Website login ID</source>
        <translation>웹사이트 로그인 ID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="110" />
        <source>Initial password</source>
        <translation>초기 비밀번호</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="112" />
        <source>Write your login ID and password down now: they will not be shown again. They are also printed on the slip the staff will hand you with your card.</source>
        <translation>지금 로그인 ID와 비밀번호를 적어 두세요. 이 화면은 다시 표시되지 않습니다. 카드와 함께 직원이 드리는 종이에도 인쇄되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="114" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="115" />
        <source>How it works</source>
        <translation>이용 방법</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="88" />
        <location filename="../../kiosk/ui/screens/confirm.py" line="100" />
        <source>Making your card…</source>
        <translation>카드를 만드는 중…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="92" />
        <source>Is this right?</source>
        <translation>이대로 괜찮으신가요?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="93" />
        <source>Producer name</source>
        <translation>프로듀서 이름</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="94" />
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="95" />
        <source>The card costs %1. Please pay at the till when you order.</source>
        <translation>카드 발급 비용은 %1입니다. 주문하실 때 계산대에서 결제해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="97" />
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="98" />
        <source>Make my card</source>
        <translation>카드 만들기</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="73" />
        <source>Rank</source>
        <translation>랭크</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="74" />
        <source>PV from</source>
        <translation>필요 PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="75" />
        <source>Votes per push point</source>
        <translation>응원 포인트 1개당 표 수</translation>
    </message>
</context>
<context>
    <name>ExplainerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="102" />
        <source>How it works</source>
        <translation>이용 방법</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="103" />
        <source>Previous</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="104" />
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="105" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>ExplainerTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="49" />
        <source>You are a producer</source>
        <translation>당신은 프로듀서</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="50" />
        <source>The cast of this café dream of becoming idols. As a producer, you help decide who gets the next big chance.</source>
        <translation>이 카페의 캐스트들은 아이돌을 꿈꾸고 있습니다. 프로듀서인 당신이 다음 기회를 누가 잡을지 함께 정합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="52" />
        <source>Spend time with us, collect points, and push your favourite cast member up the monthly ranking.</source>
        <translation>카페에서 시간을 보내며 포인트를 모으고, 최애 캐스트를 월간 랭킹 위로 밀어 올려 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="55" />
        <source>Your card and website login</source>
        <translation>카드와 웹사이트 로그인</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="56" />
        <source>On your first visit you get a producer card for %1, paid at the till. Show its QR code at the kiosk on every visit.</source>
        <translation>첫 방문 때 프로듀서 카드를 발급해 드립니다(%1, 계산대에서 결제). 방문할 때마다 카드의 QR 코드를 단말기에 보여 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="59" />
        <source>You also get a login ID and password for the café's website, printed on your slip.</source>
        <translation>카페 웹사이트의 로그인 ID와 비밀번호도 드립니다. 종이에 인쇄되어 있습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="61" />
        <source>Log in to the website and get %n push point(s) each day.</source>
        <translation>
            <numerusform>웹사이트에 로그인하면 매일 응원 포인트 %n개가 쌓입니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="64" />
        <source>PV points and your rank</source>
        <translation>PV 포인트와 랭크</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="65" />
        <source>Every %1 you spend at the till earns 1 PV.</source>
        <translation>계산대에서 %1를 쓸 때마다 1 PV가 쌓입니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="67" />
        <source>PV are never spent and never go down: all the PV you have ever earned decide your rank, from %1 up to %2. Your card changes colour with your rank.</source>
        <translation>PV는 사용되지 않고 절대 줄어들지 않습니다. 지금까지 모은 PV의 합계로 %1부터 %2까지의 랭크가 정해집니다. 랭크가 오르면 카드 색도 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="72" />
        <source>Push points and pushing</source>
        <translation>응원 포인트와 응원</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="73" />
        <source>Each visit earns %n push point(s), once per business day (a day ends at %1).</source>
        <translation>
            <numerusform>방문할 때마다 응원 포인트 %n개가 쌓입니다(영업일당 1회, 영업일은 %1에 바뀝니다).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="75" />
        <source>Spend push points to push your favourite cast members. Each push point is multiplied by your rank's weight.</source>
        <translation>응원 포인트로 최애 캐스트를 응원하세요. 응원 포인트 1개는 당신의 랭크 가중치만큼 표가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="77" />
        <source>Example: at weight %1, %2 push points give %3 votes.</source>
        <translation>예: 가중치가 %1이면 응원 포인트 %2개는 %3표가 됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="81" />
        <source>The monthly ranking</source>
        <translation>월간 랭킹</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="82" />
        <source>Votes for each cast member are counted per calendar month, in Japan time. The cast member with the most votes wins the month.</source>
        <translation>캐스트의 표는 일본 시간 기준으로 매달 집계됩니다. 가장 많은 표를 받은 캐스트가 그달의 1위입니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="85" />
        <source>The top %n are honoured with solo stages and the cover of a CD. There is a yearly ranking too.</source>
        <translation>
            <numerusform>상위 %n명의 캐스트는 솔로 무대와 CD 재킷으로 영예를 얻습니다. 연간 랭킹도 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="88" />
        <source>Your stay</source>
        <translation>이용 시간</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="89" />
        <source>The first %1 minutes cost %2 (table charge) with at least %n drink(s).</source>
        <translation>
            <numerusform>처음 %1분은 %2(테이블 차지)이며, 음료를 %n잔 이상 주문해 주세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="92" />
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>이후 %1분마다 %2이며, %n개 이상 주문해 주세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="95" />
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>나가시기 %n분 전에 캐스트에게 알려 주세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="97" />
        <source>A stage show starts every %n minute(s).</source>
        <translation>
            <numerusform>스테이지 쇼는 %n분마다 시작합니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="83" />
        <source>Choose your language</source>
        <translation>언어를 선택해 주세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="84" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="86" />
        <source>That name is too long: up to %n character(s), please.</source>
        <translation>
            <numerusform>이름이 너무 깁니다. %n자 이내로 입력해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="89" />
        <source>Emoji can't be printed on the card. Please use letters.</source>
        <translation>이모지는 카드에 인쇄할 수 없습니다. 문자로 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="91" />
        <source>The name contains an invisible character. Please retype it.</source>
        <translation>이름에 보이지 않는 문자가 있습니다. 다시 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="93" />
        <source>"%1" can't be used. Please use katakana or Latin letters.</source>
        <translation>'%1'은(는) 사용할 수 없습니다. 가타카나나 로마자로 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="95" />
        <source>Please type your name.</source>
        <translation>이름을 입력해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="99" />
        <source>What shall we call you?</source>
        <translation>어떻게 불러 드릴까요?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="101" />
        <source>Your producer name goes on your card. Katakana or Latin letters, up to %n character(s).</source>
        <translation>
            <numerusform>프로듀서 이름은 카드에 인쇄됩니다. 가타카나나 로마자로 최대 %n자까지 입력할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="103" />
        <source>Your name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="104" />
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="105" />
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="201" />
        <source>Space</source>
        <translation>띄어쓰기</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="202" />
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
</context>
<context>
    <name>RegistrationFailure</name>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="24" />
        <source>This registration was already saved. Please ask a staff member for your card.</source>
        <translation>이 등록은 이미 저장되었습니다. 카드는 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="27" />
        <source>Please go back and check your name.</source>
        <translation>이전 화면으로 돌아가 이름을 확인해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="31" />
        <source>Sorry, the kiosk's storage is full, so nothing was saved. Please ask a staff member.</source>
        <translation>죄송합니다. 단말기 저장 공간이 가득 차서 아무것도 저장되지 않았습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="33" />
        <source>Sorry, the kiosk cannot save right now, so nothing was saved. Please ask a staff member.</source>
        <translation>죄송합니다. 지금은 단말기에 저장할 수 없어 아무것도 저장되지 않았습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="36" />
        <source>Sorry, something went wrong and nothing was saved. Please ask a staff member.</source>
        <translation>죄송합니다. 오류가 발생하여 아무것도 저장되지 않았습니다. 직원에게 문의해 주세요.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_header.py" line="28" />
        <source>Step %1 of %2</source>
        <translation>%2단계 중 %1단계</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="67" />
        <source>Terms and privacy</source>
        <translation>이용 약관 및 개인정보</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="69" />
        <source>Your producer card costs %1, paid at the till.</source>
        <translation>프로듀서 카드 발급 비용은 %1이며 계산대에서 결제합니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="71" />
        <source>You earn PV points when you spend, and push points when you visit. Points have no cash value and cannot be exchanged or transferred.</source>
        <translation>결제하면 PV 포인트가, 방문하면 응원 포인트가 쌓입니다. 포인트는 현금 가치가 없으며 교환하거나 양도할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="73" />
        <source>We keep your producer name, your producer number, your website login and your points history. We do not ask for your real name, address or payment details.</source>
        <translation>저희는 프로듀서 이름, 프로듀서 번호, 웹사이트 로그인 정보, 포인트 내역을 보관합니다. 실명, 주소, 결제 정보는 묻지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="76" />
        <source>This information is stored on this kiosk and on the café's own server, only to run the producer system.</source>
        <translation>이 정보는 이 단말기와 카페 자체 서버에 저장되며, 프로듀서 제도 운영에만 사용됩니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="78" />
        <source>The QR code on your card holds only a signed card number: no name, no points, no password.</source>
        <translation>카드의 QR 코드에는 서명된 카드 번호만 들어 있습니다. 이름, 포인트, 비밀번호는 없습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="80" />
        <source>Your producer name may appear in the café and on the website's rankings.</source>
        <translation>프로듀서 이름은 카페 안이나 웹사이트 랭킹에 표시될 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="82" />
        <source>You can ask the staff at any time to show or delete your data.</source>
        <translation>언제든지 직원에게 내 데이터의 확인이나 삭제를 요청할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="86" />
        <source>I agree to the terms and the privacy note</source>
        <translation>이용 약관과 개인정보 안내에 동의합니다</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="87" />
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="88" />
        <source>Next</source>
        <translation>다음</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="42" />
        <source>Welcome to the café!</source>
        <translation>카페에 오신 것을 환영합니다!</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="43" />
        <source>Choose your language</source>
        <translation>언어를 선택해 주세요</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="45" />
        <source>First visit? Become a producer: get your own producer card and vote for your favourite cast member.</source>
        <translation>처음 오셨나요? 프로듀서가 되어 나만의 프로듀서 카드를 받고 최애 캐스트에게 투표하세요.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="47" />
        <source>New producer</source>
        <translation>프로듀서 등록</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="48" />
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
</context>
</TS>