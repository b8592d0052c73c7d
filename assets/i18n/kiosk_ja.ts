<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CardReadyScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="90"/>
        <source>Welcome, %1! Your card is ready.</source>
        <translation>%1さん、ようこそ！カードができました。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="95"/>
        <source>Producer number</source>
        <translation>プロデューサー番号</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="96"/>
        <source>Rank</source>
        <translation>ランク</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="97"/>
        <source>Website login ID</source>
        <translation>ウェブサイトのログインID</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="98"/>
        <source>Initial password</source>
        <translation>初期パスワード</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="100"/>
        <source>Write your login ID and password down now: they will not be shown again. They are also printed on the slip the staff will hand you with your card.</source>
        <translation>ログインIDとパスワードを今すぐメモしてください。この画面は二度と表示されません。カードと一緒にスタッフからお渡しする用紙にも印刷されています。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="102"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="89"/>
        <location filename="../../kiosk/ui/screens/confirm.py" line="101"/>
        <source>Making your card…</source>
        <translation>カードを作成しています…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="93"/>
        <source>Is this right?</source>
        <translation>この内容でよろしいですか？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="94"/>
        <source>Producer name</source>
        <translation>プロデューサー名</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="95"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="96"/>
        <source>The card costs %1. Please pay at the till when you order.</source>
        <translation>カード発行料は%1です。ご注文の際にレジでお支払いください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="98"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="99"/>
        <source>Make my card</source>
        <translation>カードを作る</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="85"/>
        <source>That name is too long: up to %1 characters, please.</source>
        <translation>名前が長すぎます。%1文字以内で入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="88"/>
        <source>Emoji can&apos;t be printed on the card. Please use letters.</source>
        <translation>絵文字はカードに印刷できません。文字で入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="90"/>
        <source>The name contains an invisible character. Please retype it.</source>
        <translation>名前に見えない文字が含まれています。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="92"/>
        <source>&quot;%1&quot; can&apos;t be used. Please use katakana or Latin letters.</source>
        <translation>「%1」は使えません。カタカナかアルファベットで入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="94"/>
        <source>Please type your name.</source>
        <translation>お名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="98"/>
        <source>What shall we call you?</source>
        <translation>お名前を教えてください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="100"/>
        <source>Your producer name goes on your card. Katakana or Latin letters, up to %1 characters.</source>
        <translation>プロデューサー名はカードに印刷されます。カタカナかアルファベットで、%1文字まで入力できます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="102"/>
        <source>Your name</source>
        <translation>お名前</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="103"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="104"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="201"/>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="202"/>
        <source>Delete</source>
        <translation>1文字消す</translation>
    </message>
</context>
<context>
    <name>RegistrationFailure</name>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="24"/>
        <source>This registration was already saved. Please ask a staff member for your card.</source>
        <translation>この登録はすでに保存されています。カードはスタッフにお尋ねください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="27"/>
        <source>Please go back and check your name.</source>
        <translation>前の画面に戻って、お名前を確認してください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="31"/>
        <source>Sorry, the kiosk&apos;s storage is full, so nothing was saved. Please ask a staff member.</source>
        <translation>申し訳ありません。端末の保存領域がいっぱいのため、登録は保存されていません。スタッフにお声がけください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="33"/>
        <source>Sorry, the kiosk cannot save right now, so nothing was saved. Please ask a staff member.</source>
        <translation>申し訳ありません。ただいま端末に保存できないため、登録は保存されていません。スタッフにお声がけください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="36"/>
        <source>Sorry, something went wrong and nothing was saved. Please ask a staff member.</source>
        <translation>申し訳ありません。エラーが発生したため、登録は保存されていません。スタッフにお声がけください。</translation>
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
    <name>TermsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="68"/>
        <source>Terms and privacy</source>
        <translation>利用規約とプライバシー</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="70"/>
        <source>Your producer card costs %1, paid at the till.</source>
        <translation>プロデューサーカードの発行料は%1です。レジでお支払いください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="72"/>
        <source>You earn PV points when you spend, and push points when you visit. Points have no cash value and cannot be exchanged or transferred.</source>
        <translation>お会計に応じてPVポイントが、ご来店ごとに推しポイントがたまります。ポイントは現金との交換や譲渡はできません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="74"/>
        <source>We keep your producer name, your producer number, your website login and your points history. We do not ask for your real name, address or payment details.</source>
        <translation>保存するのはプロデューサー名、プロデューサー番号、ウェブサイトのログイン情報、ポイントの履歴です。本名・住所・お支払い情報はお聞きしません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="77"/>
        <source>This information is stored on this kiosk and on the café&apos;s own server, only to run the producer system.</source>
        <translation>これらの情報は、この端末とカフェのサーバーに保存され、プロデューサー制度の運営にのみ使用します。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="79"/>
        <source>The QR code on your card holds only a signed card number: no name, no points, no password.</source>
        <translation>カードのQRコードには署名付きのカード番号だけが入っています。名前・ポイント・パスワードは含まれません。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="81"/>
        <source>Your producer name may appear in the café and on the website&apos;s rankings.</source>
        <translation>プロデューサー名は店内やウェブサイトのランキングに表示されることがあります。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="83"/>
        <source>You can ask the staff at any time to show or delete your data.</source>
        <translation>ご自身のデータの確認や削除は、いつでもスタッフにお申し付けください。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="87"/>
        <source>I agree to the terms and the privacy note</source>
        <translation>利用規約とプライバシーについて同意します</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="88"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="89"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="42"/>
        <source>Welcome to the café!</source>
        <translation>カフェへようこそ！</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="43"/>
        <source>Choose your language</source>
        <translation>言語を選んでください</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="45"/>
        <source>First visit? Become a producer: get your own producer card and vote for your favourite cast member.</source>
        <translation>はじめての方は、プロデューサー登録をしましょう。自分だけのプロデューサーカードで、推しのキャストを応援できます。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="47"/>
        <source>New producer</source>
        <translation>プロデューサー登録</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="48"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
</context>
</TS>
