<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="95" />
        <source>How it works</source>
        <translation>Comment ça marche</translation>
    </message>
</context>
<context>
    <name>CardReadyScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="102" />
        <source>Welcome, %1! Your card is ready.</source>
        <translation>Bienvenue, %1 ! Votre carte est prête.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="107" />
        <source>Producer number</source>
        <translation>Numéro de producteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="108" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="109" />
        <source>Website login ID</source>
        <translation>Identifiant du site web</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="110" />
        <source>Initial password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="112" />
        <source>Write your login ID and password down now: they will not be shown again. They are also printed on the slip the staff will hand you with your card.</source>
        <translation>Notez maintenant votre identifiant et votre mot de passe : ils ne seront plus affichés. Ils sont aussi imprimés sur le ticket que l'équipe vous remettra avec la carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="114" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="115" />
        <source>How it works</source>
        <translation>Comment ça marche</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="88" />
        <location filename="../../kiosk/ui/screens/confirm.py" line="100" />
        <source>Making your card…</source>
        <translation>Création de votre carte…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="92" />
        <source>Is this right?</source>
        <translation>Tout est correct ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="93" />
        <source>Producer name</source>
        <translation>Nom de producteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="94" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="95" />
        <source>The card costs %1. Please pay at the till when you order.</source>
        <translation>La carte coûte %1. Réglez-la à la caisse en passant commande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="97" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="98" />
        <source>Make my card</source>
        <translation>Créer ma carte</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="73" />
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="74" />
        <source>PV from</source>
        <translation>PV à partir de</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="75" />
        <source>Votes per push point</source>
        <translation>Votes par point de soutien</translation>
    </message>
</context>
<context>
    <name>ExplainerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="102" />
        <source>How it works</source>
        <translation>Comment ça marche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="103" />
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="104" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="105" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ExplainerTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="49" />
        <source>You are a producer</source>
        <translation>Vous êtes producteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="50" />
        <source>The cast of this café dream of becoming idols. As a producer, you help decide who gets the next big chance.</source>
        <translation>Les membres de la troupe de ce café rêvent de devenir idoles. En tant que producteur, vous aidez à décider qui aura la prochaine grande chance.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="52" />
        <source>Spend time with us, collect points, and push your favourite cast member up the monthly ranking.</source>
        <translation>Passez du temps avec nous, gagnez des points et propulsez votre membre préféré en haut du classement mensuel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="55" />
        <source>Your card and website login</source>
        <translation>Votre carte et votre accès au site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="56" />
        <source>On your first visit you get a producer card for %1, paid at the till. Show its QR code at the kiosk on every visit.</source>
        <translation>À votre première visite, vous recevez une carte de producteur pour %1, à régler à la caisse. Présentez son code QR à la borne à chaque visite.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="59" />
        <source>You also get a login ID and password for the café's website, printed on your slip.</source>
        <translation>Vous recevez aussi un identifiant et un mot de passe pour le site du café, imprimés sur votre ticket.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="61" />
        <source>Log in to the website and get %n push point(s) each day.</source>
        <translation>
            <numerusform>Connectez-vous au site et gagnez %n point de soutien par jour.</numerusform>
            <numerusform>Connectez-vous au site et gagnez %n points de soutien par jour.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="64" />
        <source>PV points and your rank</source>
        <translation>Points PV et votre rang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="65" />
        <source>Every %1 you spend at the till earns 1 PV.</source>
        <translation>Chaque tranche de %1 dépensée à la caisse rapporte 1 PV.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="67" />
        <source>PV are never spent and never go down: all the PV you have ever earned decide your rank, from %1 up to %2. Your card changes colour with your rank.</source>
        <translation>Les PV ne se dépensent pas et ne baissent jamais : tous les PV gagnés décident de votre rang, de %1 jusqu'à %2. Votre carte change de couleur avec votre rang.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="72" />
        <source>Push points and pushing</source>
        <translation>Points de soutien et soutien</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="73" />
        <source>Each visit earns %n push point(s), once per business day (a day ends at %1).</source>
        <translation>
            <numerusform>Chaque visite rapporte %n point de soutien, une fois par journée d'ouverture (la journée se termine à %1).</numerusform>
            <numerusform>Chaque visite rapporte %n points de soutien, une fois par journée d'ouverture (la journée se termine à %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="75" />
        <source>Spend push points to push your favourite cast members. Each push point is multiplied by your rank's weight.</source>
        <translation>Utilisez vos points de soutien pour soutenir vos membres préférés. Chaque point est multiplié par le coefficient de votre rang.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="77" />
        <source>Example: at weight %1, %2 push points give %3 votes.</source>
        <translation>Exemple : avec un coefficient de %1, %2 points de soutien donnent %3 votes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="81" />
        <source>The monthly ranking</source>
        <translation>Le classement mensuel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="82" />
        <source>Votes for each cast member are counted per calendar month, in Japan time. The cast member with the most votes wins the month.</source>
        <translation>Les votes pour chaque membre sont comptés par mois civil, à l'heure du Japon. Le membre qui a le plus de votes remporte le mois.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="85" />
        <source>The top %n are honoured with solo stages and the cover of a CD. There is a yearly ranking too.</source>
        <translation>
            <numerusform>Le premier membre (top %n) est récompensé par des scènes en solo et la couverture d'un CD. Il existe aussi un classement annuel.</numerusform>
            <numerusform>Les %n premiers sont récompensés par des scènes en solo et la couverture d'un CD. Il existe aussi un classement annuel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="88" />
        <source>Your stay</source>
        <translation>Votre séjour</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="89" />
        <source>The first %1 minutes cost %2 (table charge) with at least %n drink(s).</source>
        <translation>
            <numerusform>Les %1 premières minutes coûtent %2 (frais de table) avec au moins %n boisson.</numerusform>
            <numerusform>Les %1 premières minutes coûtent %2 (frais de table) avec au moins %n boissons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="92" />
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>Chaque tranche supplémentaire de %1 minutes coûte %2 avec au moins %n commande.</numerusform>
            <numerusform>Chaque tranche supplémentaire de %1 minutes coûte %2 avec au moins %n commandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="95" />
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>Prévenez un membre de la troupe %n minute avant de partir.</numerusform>
            <numerusform>Prévenez un membre de la troupe %n minutes avant de partir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="97" />
        <source>A stage show starts every %n minute(s).</source>
        <translation>
            <numerusform>Un spectacle sur scène commence toutes les %n minute.</numerusform>
            <numerusform>Un spectacle sur scène commence toutes les %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="83" />
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="84" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="86" />
        <source>That name is too long: up to %n character(s), please.</source>
        <translation>
            <numerusform>Ce nom est trop long : %n caractère au maximum.</numerusform>
            <numerusform>Ce nom est trop long : %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="89" />
        <source>Emoji can't be printed on the card. Please use letters.</source>
        <translation>Les emoji ne peuvent pas être imprimés sur la carte. Utilisez des lettres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="91" />
        <source>The name contains an invisible character. Please retype it.</source>
        <translation>Le nom contient un caractère invisible. Veuillez le retaper.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="93" />
        <source>"%1" can't be used. Please use katakana or Latin letters.</source>
        <translation>« %1 » ne peut pas être utilisé. Utilisez des katakana ou des lettres latines.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="95" />
        <source>Please type your name.</source>
        <translation>Veuillez taper votre nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="99" />
        <source>What shall we call you?</source>
        <translation>Comment doit-on vous appeler ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="101" />
        <source>Your producer name goes on your card. Katakana or Latin letters, up to %n character(s).</source>
        <translation>
            <numerusform>Votre nom de producteur figure sur votre carte. Katakana ou lettres latines, %n caractère au maximum.</numerusform>
            <numerusform>Votre nom de producteur figure sur votre carte. Katakana ou lettres latines, %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="103" />
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="104" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="105" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="201" />
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="202" />
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>RegistrationFailure</name>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="24" />
        <source>This registration was already saved. Please ask a staff member for your card.</source>
        <translation>Cette inscription était déjà enregistrée. Demandez votre carte à l'équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="27" />
        <source>Please go back and check your name.</source>
        <translation>Revenez en arrière et vérifiez votre nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="31" />
        <source>Sorry, the kiosk's storage is full, so nothing was saved. Please ask a staff member.</source>
        <translation>Désolé, la mémoire de la borne est pleine : rien n'a été enregistré. Adressez-vous à l'équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="33" />
        <source>Sorry, the kiosk cannot save right now, so nothing was saved. Please ask a staff member.</source>
        <translation>Désolé, la borne ne peut pas enregistrer pour le moment : rien n'a été enregistré. Adressez-vous à l'équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/failures.py" line="36" />
        <source>Sorry, something went wrong and nothing was saved. Please ask a staff member.</source>
        <translation>Désolé, une erreur est survenue : rien n'a été enregistré. Adressez-vous à l'équipe.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_header.py" line="28" />
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>TermsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="67" />
        <source>Terms and privacy</source>
        <translation>Conditions et confidentialité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="69" />
        <source>Your producer card costs %1, paid at the till.</source>
        <translation>Votre carte de producteur coûte %1, à régler à la caisse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="71" />
        <source>You earn PV points when you spend, and push points when you visit. Points have no cash value and cannot be exchanged or transferred.</source>
        <translation>Vous gagnez des points PV en dépensant et des points de soutien en venant. Les points n'ont aucune valeur monétaire et ne peuvent être ni échangés ni cédés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="73" />
        <source>We keep your producer name, your producer number, your website login and your points history. We do not ask for your real name, address or payment details.</source>
        <translation>Nous conservons votre nom de producteur, votre numéro de producteur, votre accès au site et l'historique de vos points. Nous ne demandons ni votre vrai nom, ni votre adresse, ni vos données de paiement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="76" />
        <source>This information is stored on this kiosk and on the café's own server, only to run the producer system.</source>
        <translation>Ces informations sont stockées sur cette borne et sur le serveur du café, uniquement pour faire fonctionner le système des producteurs.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="78" />
        <source>The QR code on your card holds only a signed card number: no name, no points, no password.</source>
        <translation>Le code QR de votre carte ne contient qu'un numéro de carte signé : ni nom, ni points, ni mot de passe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="80" />
        <source>Your producer name may appear in the café and on the website's rankings.</source>
        <translation>Votre nom de producteur peut apparaître dans le café et dans les classements du site.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="82" />
        <source>You can ask the staff at any time to show or delete your data.</source>
        <translation>Vous pouvez à tout moment demander à l'équipe de vous montrer ou de supprimer vos données.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="86" />
        <source>I agree to the terms and the privacy note</source>
        <translation>J'accepte les conditions et la note de confidentialité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="87" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/terms.py" line="88" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="42" />
        <source>Welcome to the café!</source>
        <translation>Bienvenue au café !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="43" />
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="45" />
        <source>First visit? Become a producer: get your own producer card and vote for your favourite cast member.</source>
        <translation>Première visite ? Devenez producteur : obtenez votre propre carte et votez pour votre membre préféré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="47" />
        <source>New producer</source>
        <translation>Nouveau producteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="48" />
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
</TS>