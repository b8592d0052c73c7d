<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="280"/>
        <source>How it works</source>
        <translation>Comment ça marche</translation>
    </message>
</context>
<context>
    <name>BalanceScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="180"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="182"/>
        <source>Your card is valid. Your points and rank will appear here after this kiosk&apos;s next sync.</source>
        <translation>Votre carte est valide. Vos points et votre rang s&apos;afficheront ici après la prochaine synchronisation de cette borne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="185"/>
        <source>Your rank went up! Ask a staff member for a new card in your rank&apos;s colour.</source>
        <translation>Votre rang a augmenté ! Demandez à l&apos;équipe une nouvelle carte aux couleurs de votre rang.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="188"/>
        <source>Welcome back, producer!</source>
        <translation>Bon retour parmi nous !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="192"/>
        <source>Hello, %1!</source>
        <translation>Bonjour, %1 !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="194"/>
        <source>PV points</source>
        <translation>Points PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="198"/>
        <source>You have reached the top rank!</source>
        <translation>Vous avez atteint le rang le plus haut !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="200"/>
        <source>%1 PV to %2</source>
        <translation>Encore %1 PV avant %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="202"/>
        <source>Push points</source>
        <translation>Points de soutien</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="205"/>
        <source>Each push point = %n vote(s)</source>
        <translation>
            <numerusform>Chaque point de soutien = %n vote</numerusform>
            <numerusform>Chaque point de soutien = %n votes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="208"/>
        <source>Checked in today</source>
        <translation>Visite enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="209"/>
        <source>Check in for today</source>
        <translation>Enregistrer ma visite</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="210"/>
        <source>Push a cast member</source>
        <translation>Soutenir un membre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="213"/>
        <source>You have 0 push points. Each visit (once a day) and each day you log in to the website earns more.</source>
        <translation>Vous avez 0 point de soutien. Chaque visite (une par jour) et chaque jour de connexion au site en rapportent.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="217"/>
        <source>You have 0 push points. Check in for today&apos;s visit to earn some, then push!</source>
        <translation>Vous avez 0 point de soutien. Enregistrez votre visite du jour pour en gagner, puis soutenez !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="221"/>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="223"/>
        <source>Last synced: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="226"/>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="234"/>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="232"/>
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="245"/>
        <source>Became a producer</source>
        <translation>Inscription</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="248"/>
        <source>Visit: +%n push point(s)</source>
        <translation>
            <numerusform>Visite : +%n point de soutien</numerusform>
            <numerusform>Visite : +%n points de soutien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="250"/>
        <source>Purchase: +%n PV</source>
        <translation>
            <numerusform>Achat : +%n PV</numerusform>
            <numerusform>Achat : +%n PV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="255"/>
        <source>Pushed %1: %n vote(s)</source>
        <translation>
            <numerusform>Soutien à %1 : %n vote</numerusform>
            <numerusform>Soutien à %1 : %n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="257"/>
        <source>Website login: +%n push point(s)</source>
        <translation>
            <numerusform>Connexion au site : +%n point de soutien</numerusform>
            <numerusform>Connexion au site : +%n points de soutien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="259"/>
        <source>New card issued</source>
        <translation>Nouvelle carte émise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="261"/>
        <source>New website password</source>
        <translation>Nouveau mot de passe du site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/balance.py" line="262"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
</context>
<context>
    <name>CardReadyScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="133"/>
        <source>Welcome, %1! Your card is ready.</source>
        <translation>Bienvenue, %1 ! Votre carte est prête.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="137"/>
        <source>Producer number</source>
        <translation>Numéro de producteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="138"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="139"/>
        <source>Website login ID</source>
        <translation>Identifiant du site web</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="140"/>
        <source>Initial password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="143"/>
        <source>Write your login ID and password down now: they will not be shown again.</source>
        <translation>Notez maintenant votre identifiant et votre mot de passe : ils ne seront plus affichés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="146"/>
        <source>Write your login ID and password down now: they will not be shown again. They are also printed on the slip the staff will hand you with your card.</source>
        <translation>Notez maintenant votre identifiant et votre mot de passe : ils ne seront plus affichés. Ils sont aussi imprimés sur la fiche que l&apos;équipe vous remettra avec la carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="150"/>
        <source>Write your login ID and password down now: they will not be shown again, and the slip with them could not be printed.</source>
        <translation>Notez maintenant votre identifiant et votre mot de passe : ils ne seront plus affichés, et la fiche qui les porte n&apos;a pas pu être imprimée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="152"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/card_ready.py" line="153"/>
        <source>How it works</source>
        <translation>Comment ça marche</translation>
    </message>
</context>
<context>
    <name>ConfirmScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="133"/>
        <location filename="../../kiosk/ui/screens/confirm.py" line="146"/>
        <source>Making your card…</source>
        <translation>Création de votre carte…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="137"/>
        <source>Is this right?</source>
        <translation>Tout est correct ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="138"/>
        <source>Producer name</source>
        <translation>Nom de producteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="139"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="140"/>
        <source>The card costs %1. Please pay at the till when you order.</source>
        <translation>La carte coûte %1. Réglez-la à la caisse en passant commande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="142"/>
        <source>Tick the box to agree to the terms first.</source>
        <translation>Cochez d&apos;abord la case pour accepter les conditions.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="143"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/confirm.py" line="144"/>
        <source>Agree and make my card</source>
        <translation>Accepter et créer ma carte</translation>
    </message>
</context>
<context>
    <name>ConfirmStep</name>
    <message>
        <location filename="../../kiosk/ui/staff/confirm_step.py" line="86"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CorrectionScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="103"/>
        <source>%1: change PV by %2 and push points by %3? The entry stays in the producer&apos;s history; only another correction can undo it.</source>
        <translation>%1 : modifier les PV de %2 et les points de soutien de %3 ? L’entrée reste dans l’historique ; seule une autre correction peut l’annuler.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="106"/>
        <source>Save this correction</source>
        <translation>Enregistrer cette correction</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="118"/>
        <source>Correct points</source>
        <translation>Corriger les points</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="119"/>
        <source>A correction is added as a new entry; nothing earlier is changed. Use − for points to take away.</source>
        <translation>Une correction s&apos;ajoute comme nouvelle entrée ; rien d&apos;antérieur n&apos;est modifié. Utilisez − pour retirer des points.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="121"/>
        <source>PV change</source>
        <translation>Variation de PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="122"/>
        <source>Push point change</source>
        <translation>Variation des points de soutien</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="123"/>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/correction_screen.py" line="124"/>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="84"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="85"/>
        <source>PV from</source>
        <translation>PV à partir de</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/explainer_page.py" line="86"/>
        <source>Votes per push point</source>
        <translation>Votes par point de soutien</translation>
    </message>
</context>
<context>
    <name>ExplainerScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="55"/>
        <source>This is the first page.</source>
        <translation>Vous êtes sur la première page.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="57"/>
        <source>This is the last page. Tap Close when you are done.</source>
        <translation>C&apos;est la dernière page. Touchez « Fermer » quand vous avez terminé.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="121"/>
        <source>How it works</source>
        <translation>Comment ça marche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="122"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="123"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/explainer.py" line="124"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ExplainerTexts</name>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="47"/>
        <source>You are a producer</source>
        <translation>À vous de produire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="48"/>
        <source>The cast of this café dream of becoming idols. As a producer, you help decide who gets the next big chance.</source>
        <translation>Les membres de la troupe de ce café rêvent de devenir idoles. En tant que producteur ou productrice, vous aidez à décider qui aura la prochaine grande chance.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="50"/>
        <source>Spend time with us, collect points, and push your favourite cast member up the monthly ranking.</source>
        <translation>Passez du temps avec nous, gagnez des points et propulsez votre favorite en haut du classement mensuel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="53"/>
        <source>Your card and website login</source>
        <translation>Votre carte et votre accès au site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="54"/>
        <source>On your first visit you get a producer card for %1, paid at the till. Show its QR code at the kiosk on every visit.</source>
        <translation>À votre première visite, vous recevez une carte de producteur pour %1, à régler à la caisse. À chaque visite, scannez son code QR à la borne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="57"/>
        <source>You also get a login ID and password for the café&apos;s website, printed on your slip.</source>
        <translation>Vous recevez aussi un identifiant et un mot de passe pour le site du café, imprimés sur votre fiche.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="59"/>
        <source>Log in to the website and get %n push point(s) each day.</source>
        <translation>
            <numerusform>Connectez-vous au site et gagnez %n point de soutien par jour.</numerusform>
            <numerusform>Connectez-vous au site et gagnez %n points de soutien par jour.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="62"/>
        <source>PV points and your rank</source>
        <translation>Points PV et votre rang</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="63"/>
        <source>Every %1 you spend at the till earns 1 PV.</source>
        <translation>Chaque tranche de %1 dépensée à la caisse rapporte 1 PV.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="65"/>
        <source>PV are never spent and never go down: all the PV you have ever earned decide your rank, from %1 up to %2. Your card changes colour with your rank.</source>
        <translation>Les PV ne se dépensent pas et ne baissent jamais : tous les PV gagnés décident de votre rang, de %1 jusqu&apos;à %2. Votre carte change de couleur avec votre rang.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="70"/>
        <source>Push points and pushing</source>
        <translation>Points de soutien : comment soutenir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="71"/>
        <source>Each visit earns %n push point(s), once per business day (a day ends at %1).</source>
        <translation>
            <numerusform>Chaque visite rapporte %n point de soutien, une fois par journée d&apos;ouverture (la journée se termine à %1).</numerusform>
            <numerusform>Chaque visite rapporte %n points de soutien, une fois par journée d&apos;ouverture (la journée se termine à %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="73"/>
        <source>Spend push points to push your favourite cast members. Each push point is multiplied by your rank&apos;s multiplier.</source>
        <translation>Utilisez vos points de soutien pour soutenir vos favorites. Chaque point de soutien est multiplié par le coefficient de votre rang.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="75"/>
        <source>Example: with multiplier %1, %2 push points give %3 votes.</source>
        <translation>Exemple : avec un coefficient de %1, %2 points de soutien donnent %3 votes.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="79"/>
        <source>The monthly ranking</source>
        <translation>Le classement mensuel</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="80"/>
        <source>Votes for each cast member are counted per calendar month, in Japan time. The cast member with the most votes wins the month.</source>
        <translation>Les votes pour chaque membre sont comptés par mois civil, à l&apos;heure du Japon. Celle qui obtient le plus de votes remporte le mois.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="83"/>
        <source>The top %n are honoured with solo stages and the cover of a CD. There is a yearly ranking too.</source>
        <translation>
            <numerusform>La première (top %n) est récompensée par des scènes en solo et la couverture d&apos;un CD. Il existe aussi un classement annuel.</numerusform>
            <numerusform>Les %n premières sont récompensées par des scènes en solo et la couverture d&apos;un CD. Il existe aussi un classement annuel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/explainer_text.py" line="86"/>
        <source>Your stay</source>
        <translation>Votre séjour</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="87"/>
        <source>The first %1 minutes cost %2 (table charge) with at least %n drink(s).</source>
        <translation>
            <numerusform>Les %1 premières minutes coûtent %2 (frais de table) avec au moins %n boisson.</numerusform>
            <numerusform>Les %1 premières minutes coûtent %2 (frais de table) avec au moins %n boissons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="90"/>
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>Chaque tranche supplémentaire de %1 minutes coûte %2 avec au moins %n commande.</numerusform>
            <numerusform>Chaque tranche supplémentaire de %1 minutes coûte %2 avec au moins %n commandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="93"/>
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>Prévenez un membre de la troupe %n minute avant de partir.</numerusform>
            <numerusform>Prévenez un membre de la troupe %n minutes avant de partir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="95"/>
        <source>A stage show starts every %n minute(s).</source>
        <translation>
            <numerusform>Un spectacle sur scène commence toutes les %n minute.</numerusform>
            <numerusform>Un spectacle sur scène commence toutes les %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindProducerScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="74"/>
        <source>No producer matches. Check the number, or try part of the name.</source>
        <translation>Aucun producteur ne correspond. Vérifiez le numéro ou essayez une partie du nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="81"/>
        <source>Find a producer</source>
        <translation>Trouver un producteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/find_screen.py" line="82"/>
        <source>Scan the producer&apos;s card, or type the producer number or part of the name.</source>
        <translation>Scannez la carte du producteur, ou saisissez son numéro de producteur ou une partie du nom.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="55"/>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="56"/>
        <source>Larger text and high contrast</source>
        <translation>Texte plus grand et contraste élevé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/language_picker.py" line="57"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ManualLoginScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="113"/>
        <source>Card won&apos;t scan?</source>
        <translation>La carte ne passe pas ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="114"/>
        <source>Type your producer number (on your card) and your website password.</source>
        <translation>Saisissez votre numéro de producteur (sur votre carte) et votre mot de passe du site.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="116"/>
        <source>Producer number</source>
        <translation>Numéro de producteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="117"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="118"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/manual_login.py" line="119"/>
        <source>Show my points</source>
        <translation>Voir mes points</translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="95"/>
        <source>That name is too long: up to %n character(s), please.</source>
        <translation>
            <numerusform>Ce nom est trop long : %n caractère au maximum.</numerusform>
            <numerusform>Ce nom est trop long : %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="98"/>
        <source>Emoji can&apos;t be printed on the card. Please use letters.</source>
        <translation>Les emoji ne peuvent pas être imprimés sur la carte. Utilisez des lettres.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="100"/>
        <source>The name contains an invisible character. Please retype it.</source>
        <translation>Le nom contient un caractère invisible. Veuillez le retaper.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="102"/>
        <source>&quot;%1&quot; can&apos;t be used. Please use katakana or Latin letters.</source>
        <translation>« %1 » ne peut pas être utilisé. Utilisez des katakana ou des lettres latines.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="104"/>
        <source>Please type your name.</source>
        <translation>Veuillez taper votre nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="108"/>
        <source>What shall we call you?</source>
        <translation>Comment doit-on vous appeler ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="110"/>
        <source>Your producer name goes on your card. Katakana or Latin letters, up to %n character(s).</source>
        <translation>
            <numerusform>Votre nom de producteur figure sur votre carte. Katakana ou lettres latines, %n caractère au maximum.</numerusform>
            <numerusform>Votre nom de producteur figure sur votre carte. Katakana ou lettres latines, %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="112"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="113"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/name.py" line="114"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>NewPasswordScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="59"/>
        <source>New website password</source>
        <translation>Nouveau mot de passe du site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="60"/>
        <source>Website login ID</source>
        <translation>Identifiant du site web</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="61"/>
        <source>New initial password</source>
        <translation>Nouveau mot de passe initial</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="63"/>
        <source>Shown only now: the old password no longer works here, and on the website after the next sync. Print the slip or let the producer write it down.</source>
        <translation>Affiché une seule fois : l&apos;ancien mot de passe ne fonctionne plus ici, ni sur le site après la prochaine synchronisation. Imprimez la fiche ou laissez le producteur le noter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="65"/>
        <source>Print slip</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/password_screen.py" line="66"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="208"/>
        <source>Kana</source>
        <translation>Katakana</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="209"/>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="210"/>
        <source>Delete</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>PinPadScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="195"/>
        <source>The two PINs were different. Please choose the PIN again.</source>
        <translation>Les deux PIN étaient différents. Choisissez à nouveau le PIN.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="209"/>
        <source>Language of the staff screens</source>
        <translation>Langue des écrans de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="210"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="212"/>
        <source>Change the staff PIN</source>
        <translation>Changer le PIN de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="214"/>
        <source>Enter the current staff PIN.</source>
        <translation>Saisissez le PIN actuel de l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="215"/>
        <source>Choose the new PIN: 4 to 8 digits, not one digit repeated and not a run like 1234.</source>
        <translation>Choisissez le nouveau PIN : 4 à 8 chiffres, sans répéter un seul chiffre ni une suite comme 1234.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="219"/>
        <source>Staff PIN</source>
        <translation>PIN de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="220"/>
        <source>Enter the staff PIN to open staff mode.</source>
        <translation>Saisissez le PIN de l&apos;équipe pour ouvrir le mode équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="222"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="227"/>
        <source>Choose a staff PIN</source>
        <translation>Choisir le PIN de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="224"/>
        <source>No staff PIN is set yet. Choose 4 to 8 digits that customers cannot guess: not one digit repeated and not a run like 1234.</source>
        <translation>Aucun PIN d&apos;équipe n&apos;est encore défini. Choisissez 4 à 8 chiffres que les clients ne peuvent pas deviner : pas un seul chiffre répété, ni une suite comme 1234.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="217"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="228"/>
        <source>Type the same PIN again to make sure.</source>
        <translation>Saisissez à nouveau le même PIN pour confirmer.</translation>
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
        <translation>utilisez « Enregistrer en PDF »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/print_desk.py" line="148"/>
        <source>%n card(s) printed.</source>
        <translation>
            <numerusform>%n carte imprimée.</numerusform>
            <numerusform>%n cartes imprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="189"/>
        <source>Test card printed on both sides.</source>
        <translation>Carte de test imprimée recto verso.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="190"/>
        <source>Test card printed on its front only: this printer cannot print both sides.</source>
        <translation>Carte de test imprimée au recto seulement : cette imprimante n&apos;imprime pas recto verso.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="198"/>
        <source>Printing a test card…</source>
        <translation>Impression d&apos;une carte de test…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="249"/>
        <source>No card printer: choose one in Settings, or save the card as a PDF.</source>
        <translation>Pas d&apos;imprimante de cartes : choisissez-en une dans Réglages, ou enregistrez la carte en PDF.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="241"/>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="271"/>
        <source>Slip printed.</source>
        <translation>Fiche imprimée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/print_desk.py" line="283"/>
        <source>No printer for the slip: choose one in Settings.</source>
        <translation>Pas d&apos;imprimante pour la fiche : choisissez-en une dans Réglages.</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="116"/>
        <source>Print %n waiting card(s)</source>
        <translation>
            <numerusform>Imprimer %n carte en attente</numerusform>
            <numerusform>Imprimer %n cartes en attente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="117"/>
        <source>No cards in the queue.</source>
        <translation>Aucune carte dans la file.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="118"/>
        <source>Cards, newest first</source>
        <translation>Cartes, les plus récentes en premier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="128"/>
        <source>card %1</source>
        <translation>carte %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="171"/>
        <source>Print new card</source>
        <translation>Imprimer une nouvelle carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="181"/>
        <source>Print a card in the new rank colour for %1 (%2)? Their current card stops working at once; points and rank stay.</source>
        <translation>Imprimer une carte aux couleurs du nouveau rang pour %1 (%2) ? Sa carte actuelle cesse de fonctionner aussitôt ; les points et le rang sont conservés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="184"/>
        <source>Print new card for %1</source>
        <translation>Imprimer la nouvelle carte de %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="203"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="205"/>
        <source>printing…</source>
        <translation>impression…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="207"/>
        <source>printed</source>
        <translation>imprimée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="209"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="210"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="214"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="214"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="215"/>
        <source>Reprint</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="215"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="219"/>
        <source>Card print queue</source>
        <translation>File d&apos;impression des cartes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="220"/>
        <source>no printer chosen</source>
        <translation>aucune imprimante choisie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="221"/>
        <source>Card printer: %1 — %2</source>
        <translation>Imprimante de cartes : %1 — %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="223"/>
        <source>Test print</source>
        <translation>Impression de test</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="224"/>
        <source>Card upgrade available (new rank colour):</source>
        <translation>Nouvelle carte possible (couleur du nouveau rang) :</translation>
    </message>
</context>
<context>
    <name>ProducerDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="145"/>
        <source>This code is not a producer card of this café.</source>
        <translation>Ce code n&apos;est pas une carte de producteur de ce café.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="200"/>
        <source>Recorded: +%1 PV. PV now %2.</source>
        <translation>Enregistré : +%1 PV. Total : %2 PV.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="204"/>
        <source>New rank: %1! Card upgrade available.</source>
        <translation>Nouveau rang : %1 ! Nouvelle carte possible.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="216"/>
        <source>Correction saved.</source>
        <translation>Correction enregistrée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_desk.py" line="233"/>
        <source>New card (generation %1) is in the print queue. The old card no longer works.</source>
        <translation>La nouvelle carte (génération %1) est dans la file d&apos;impression. L&apos;ancienne carte ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>ProducerFlow</name>
    <message>
        <location filename="../../kiosk/ui/producer_flow.py" line="139"/>
        <source>You have already checked in today.</source>
        <translation>Votre visite du jour est déjà enregistrée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/producer_flow.py" line="142"/>
        <source>Welcome! +%n push point(s) for today&apos;s visit.</source>
        <translation>
            <numerusform>Bienvenue ! +%n point de soutien pour la visite du jour.</numerusform>
            <numerusform>Bienvenue ! +%n points de soutien pour la visite du jour.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProducerProblems</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/producer.py" line="20"/>
        <source>Too many wrong tries. Please wait %n minute(s) or ask a staff member.</source>
        <translation>
            <numerusform>Trop d&apos;essais erronés. Patientez %n minute ou adressez-vous à l&apos;équipe.</numerusform>
            <numerusform>Trop d&apos;essais erronés. Patientez %n minutes ou adressez-vous à l&apos;équipe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/__init__.py" line="49"/>
        <source>Sorry, the kiosk cannot read its records right now. Please ask a staff member.</source>
        <translation>Désolé, la borne ne peut pas lire ses données pour le moment. Adressez-vous à l&apos;équipe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/producer.py" line="24"/>
        <source>You can spend at most %n push point(s) right now.</source>
        <translation>
            <numerusform>Vous pouvez donner au plus %n point pour le moment.</numerusform>
            <numerusform>Vous pouvez donner au plus %n points pour le moment.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="42"/>
        <source>This code is not a producer card.</source>
        <translation>Ce code n&apos;est pas une carte de producteur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="44"/>
        <source>The card could not be read completely. Please hold it still under the scanner and try again.</source>
        <translation>La carte n&apos;a pas pu être lue entièrement. Tenez-la immobile sous le lecteur et réessayez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="47"/>
        <source>This card was issued by a kiosk that is no longer in service. Please ask a staff member for a new card.</source>
        <translation>Cette carte a été émise par une borne qui n&apos;est plus en service. Demandez une nouvelle carte à l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="50"/>
        <source>This card has been replaced by a newer one. Please use your new card.</source>
        <translation>Cette carte a été remplacée par une nouvelle. Utilisez votre nouvelle carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="53"/>
        <source>This card comes from a kiosk this one does not know yet. Please ask a staff member.</source>
        <translation>Cette carte vient d&apos;une borne que celle-ci ne connaît pas encore. Adressez-vous à l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="56"/>
        <source>The producer number or the password is not right. Please try again.</source>
        <translation>Le numéro de producteur ou le mot de passe est incorrect. Réessayez.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="59"/>
        <source>That is not a producer number. Please check the number on your card.</source>
        <translation>Ce n&apos;est pas un numéro de producteur. Vérifiez le numéro sur votre carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="67"/>
        <source>This card is not valid. Please ask a staff member.</source>
        <translation>Cette carte n&apos;est pas valide. Adressez-vous à l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="79"/>
        <source>You do not have enough push points.</source>
        <translation>Vous n&apos;avez pas assez de points de soutien.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="81"/>
        <source>This cast member is no longer in the roster.</source>
        <translation>Cette personne ne fait plus partie de la troupe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="83"/>
        <source>This push was already saved.</source>
        <translation>Ce soutien était déjà enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="85"/>
        <source>Pushing is paused for this card. Please ask a staff member.</source>
        <translation>Les soutiens avec cette carte sont suspendus. Adressez-vous à l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/producer.py" line="89"/>
        <source>Please choose how many push points to give.</source>
        <translation>Choisissez combien de points de soutien donner.</translation>
    </message>
</context>
<context>
    <name>PurchaseScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="57"/>
        <source>%1 earns %2 PV</source>
        <translation>%1 rapporte %2 PV</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="73"/>
        <source>Record a purchase</source>
        <translation>Enregistrer un achat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="74"/>
        <source>Receipt number</source>
        <translation>Numéro du ticket de caisse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="75"/>
        <source>Amount (yen)</source>
        <translation>Montant (yens)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/purchase_screen.py" line="76"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>PushCelebration</name>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="182"/>
        <source>Back to my page</source>
        <translation>Retour à ma page</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="188"/>
        <source>Thank you for your push!</source>
        <translation>Merci pour votre soutien !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="192"/>
        <source>%1 × your rank&apos;s multiplier %2 = %3</source>
        <translation>%1 × multiplicateur de votre rang %2 = %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="194"/>
        <source>%1 now has %n vote(s) this month.</source>
        <translation>
            <numerusform>%1 a maintenant %n vote ce mois-ci.</numerusform>
            <numerusform>%1 a maintenant %n votes ce mois-ci.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="186"/>
        <source>%n vote(s) this month</source>
        <translation>
            <numerusform>%n vote ce mois-ci</numerusform>
            <numerusform>%n votes ce mois-ci</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="193"/>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="205"/>
        <source>%n push point(s)</source>
        <translation>
            <numerusform>%n point de soutien</numerusform>
            <numerusform>%n points de soutien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="194"/>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="201"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="200"/>
        <source>Push a cast member</source>
        <translation>Soutenir un membre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="201"/>
        <source>You have %1 push points. Today you can spend up to %2.</source>
        <translation>Vous avez %1 points de soutien. Pour le moment, vous pouvez en donner jusqu&apos;à %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="204"/>
        <source>Search by name</source>
        <translation>Rechercher par nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="205"/>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="206"/>
        <source>No cast member matches.</source>
        <translation>Aucun membre ne correspond.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="207"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/push.py" line="208"/>
        <source>Push!</source>
        <translation>Soutenir !</translation>
    </message>
</context>
<context>
    <name>RankingBoardPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="116"/>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="118"/>
        <source>Cast ranking · %1</source>
        <translation>Classement des membres · %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="123"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="124"/>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
</context>
<context>
    <name>RegistrationFailure</name>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="24"/>
        <source>This registration was already saved. Please ask a staff member for your card.</source>
        <translation>Cette inscription était déjà enregistrée. Demandez votre carte à l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="27"/>
        <source>Please go back and check your name.</source>
        <translation>Revenez en arrière et vérifiez votre nom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="31"/>
        <source>Sorry, the kiosk&apos;s storage is full, so nothing was saved. Please ask a staff member.</source>
        <translation>Désolé, la mémoire de la borne est pleine : rien n&apos;a été enregistré. Adressez-vous à l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="33"/>
        <source>Sorry, the kiosk cannot save right now, so nothing was saved. Please ask a staff member.</source>
        <translation>Désolé, la borne ne peut pas enregistrer pour le moment : rien n&apos;a été enregistré. Adressez-vous à l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/registration.py" line="36"/>
        <source>Sorry, something went wrong and nothing was saved. Please ask a staff member.</source>
        <translation>Désolé, une erreur est survenue : rien n&apos;a été enregistré. Adressez-vous à l&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>SettingsDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings_desk.py" line="99"/>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_desk.py" line="104"/>
        <source>Not saved: %1 — %2</source>
        <translation>Non enregistré : %1 — %2</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="113"/>
        <source>%1 (not found)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="175"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="176"/>
        <source>s</source>
        <translation>sec</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="181"/>
        <source>Café name (on new cards)</source>
        <translation>Nom du café (sur les nouvelles cartes)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="182"/>
        <source>Customer screens close after</source>
        <translation>Écrans clients fermés après</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="183"/>
        <source>Balance screen closes after</source>
        <translation>Écran des points fermé après</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="184"/>
        <source>Staff mode closes after</source>
        <translation>Mode équipe fermé après</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="185"/>
        <source>Languages offered</source>
        <translation>Langues proposées</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="186"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="187"/>
        <source>Screen orientation</source>
        <translation>Orientation de l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="188"/>
        <source>Card printer</source>
        <translation>Imprimante de cartes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="189"/>
        <source>Password slip printer</source>
        <translation>Imprimante des fiches de mot de passe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="190"/>
        <source>Slip paper</source>
        <translation>Papier des fiches</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="191"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="192"/>
        <source>Café logo (on new cards)</source>
        <translation>Logo du café (sur les nouvelles cartes)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="193"/>
        <source>Scanner: most time between characters</source>
        <translation>Lecteur : délai max. entre caractères</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="194"/>
        <source>Scanner: shortest code</source>
        <translation>Lecteur : code le plus court</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="195"/>
        <source>Office</source>
        <translation>Siège</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="199"/>
        <source>Follow the screen</source>
        <translation>Suivre l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="200"/>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="201"/>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="202"/>
        <source>This machine&apos;s default</source>
        <translation>Par défaut de cette machine</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="204"/>
        <source>Same as the card printer</source>
        <translation>Comme l&apos;imprimante de cartes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="206"/>
        <source>Receipt roll</source>
        <translation>Rouleau de tickets</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="207"/>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="207"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="208"/>
        <source>No logo</source>
        <translation>Sans logo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="210"/>
        <source>Print each new card at once</source>
        <translation>Imprimer chaque nouvelle carte aussitôt</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="212"/>
        <source>Enrolled at %1</source>
        <translation>Enregistrée auprès de %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="213"/>
        <source>Not enrolled: this kiosk works offline only. Enrol it with the command: kiosk enrol</source>
        <translation>Non enregistrée : cette borne fonctionne uniquement hors ligne. Enregistrez-la avec la commande : kiosk enrol</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="216"/>
        <source>Timeouts, printers, café name and logo apply at once; languages, orientation and scanner timing apply when the kiosk starts next.</source>
        <translation>Les délais, les imprimantes, le nom du café et le logo s&apos;appliquent aussitôt ; les langues, l&apos;orientation et les délais du lecteur au prochain démarrage de la borne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/settings_screen.py" line="218"/>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
</context>
<context>
    <name>StaffHomeDesk</name>
    <message>
        <location filename="../../kiosk/ui/staff/home_desk.py" line="53"/>
        <source>Staff PIN changed.</source>
        <translation>PIN de l&apos;équipe modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home_desk.py" line="92"/>
        <source>Syncing with the office…</source>
        <translation>Synchronisation avec le siège…</translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="143"/>
        <source>Tap again to quit the kiosk</source>
        <translation>Touchez encore pour quitter la borne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="147"/>
        <source>Staff mode</source>
        <translation>Mode équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="149"/>
        <source>Card print queue</source>
        <translation>File d&apos;impression des cartes</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="152"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="154"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="156"/>
        <source>Card printer: %1</source>
        <translation>Imprimante de cartes : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="157"/>
        <source>Find a producer
(purchase, card, password)</source>
        <translation>Trouver un producteur
(achat, carte, mot de passe)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="158"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="159"/>
        <source>Sync with the office now</source>
        <translation>Synchroniser avec le siège</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="161"/>
        <source>This kiosk is not enrolled at an office: it works offline only. Enrol it with the command: kiosk enrol</source>
        <translation>Cette borne n&apos;est rattachée à aucun siège : elle fonctionne uniquement hors ligne. Enregistrez-la avec la commande : kiosk enrol</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="163"/>
        <source>Recent staff actions</source>
        <translation>Actions récentes de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="164"/>
        <source>Close staff mode</source>
        <translation>Fermer le mode équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="165"/>
        <source>Change PIN</source>
        <translation>Changer le PIN</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="167"/>
        <source>Quit the kiosk</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="178"/>
        <source>number %1 was someone else&apos;s: reprint the card</source>
        <translation>le numéro %1 était déjà attribué : réimprimez la carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="181"/>
        <source>login ID was taken: now %1, give a new password slip</source>
        <translation>identifiant déjà pris : désormais %1, remettez une nouvelle fiche de mot de passe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="184"/>
        <source>staff PIN set</source>
        <translation>PIN de l&apos;équipe défini</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="185"/>
        <source>staff PIN changed</source>
        <translation>PIN de l&apos;équipe modifié</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="186"/>
        <source>staff mode opened</source>
        <translation>mode équipe ouvert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="187"/>
        <source>wrong staff PIN</source>
        <translation>PIN de l&apos;équipe erroné</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="188"/>
        <source>card printed</source>
        <translation>carte imprimée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="189"/>
        <source>card printing failed</source>
        <translation>échec d&apos;impression de la carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="190"/>
        <source>card printing cancelled</source>
        <translation>impression de la carte annulée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="191"/>
        <source>card queued again</source>
        <translation>carte remise dans la file</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="193"/>
        <source>password slip did not print: give a new password (Find a producer)</source>
        <translation>la fiche du mot de passe n&apos;a pas été imprimée : donnez un nouveau mot de passe (Trouver un producteur)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="194"/>
        <source>purchase recorded</source>
        <translation>achat enregistré</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="195"/>
        <source>points corrected</source>
        <translation>points corrigés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="196"/>
        <source>new card issued</source>
        <translation>nouvelle carte émise</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="197"/>
        <source>new website password</source>
        <translation>nouveau mot de passe du site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="198"/>
        <source>settings changed</source>
        <translation>réglages modifiés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="199"/>
        <source>kiosk quit by staff</source>
        <translation>borne quittée par l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="201"/>
        <source>a record from the office could not be used (reported)</source>
        <translation>un enregistrement du siège inutilisable (signalé)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="209"/>
        <source>office refused a check-in: counted today elsewhere</source>
        <translation>le siège a refusé un passage : déjà compté ailleurs aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="210"/>
        <source>office refused a purchase: receipt used elsewhere</source>
        <translation>le siège a refusé un achat : ticket déjà utilisé ailleurs</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="211"/>
        <source>office refused a registration: number was taken</source>
        <translation>le siège a refusé une inscription : numéro déjà pris</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="212"/>
        <source>office refused an event: number was taken</source>
        <translation>le siège a refusé une opération : numéro déjà pris</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="213"/>
        <source>office refused a correction: below zero there</source>
        <translation>le siège a refusé une correction : passerait sous zéro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="214"/>
        <source>office refused an event: check the kiosk&apos;s clock</source>
        <translation>le siège a refusé une opération : vérifiez l&apos;horloge de la borne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="215"/>
        <source>office refused a push: the card is overdrawn</source>
        <translation>le siège a refusé un soutien : la carte est à découvert</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="216"/>
        <source>office refused a push: no such cast member</source>
        <translation>le siège a refusé un soutien : membre de la troupe inconnu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/home.py" line="218"/>
        <source>office refused an event (see the log)</source>
        <translation>le siège a refusé une opération (voir le journal)</translation>
    </message>
</context>
<context>
    <name>StaffMessages</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/staff.py" line="38"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de PIN erronés. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de PIN erronés. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/staff.py" line="41"/>
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de PIN erronés. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de PIN erronés. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="50"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN erroné. Veuillez réessayer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="54"/>
        <source>Choose 4 to 8 digits, not one digit repeated and not a run like 1234.</source>
        <translation>Choisissez 4 à 8 chiffres, pas un seul chiffre répété, ni une suite comme 1234.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="57"/>
        <source>A staff PIN was set meanwhile. Please enter it.</source>
        <translation>Un PIN d&apos;équipe a été défini entre-temps. Veuillez le saisir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="58"/>
        <source>No staff PIN is set yet.</source>
        <translation>Aucun PIN d&apos;équipe n&apos;est encore défini.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="70"/>
        <source>This receipt was already recorded. Nothing was added.</source>
        <translation>Ce ticket de caisse est déjà enregistré. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="72"/>
        <source>This receipt was already recorded on %1 for %2 (%3): %4, +%5 PV. Nothing was added.</source>
        <translation>Ce ticket de caisse a déjà été enregistré le %1 pour %2 (%3) : %4, +%5 PV. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="77"/>
        <source>That is not a receipt number from the till. Please check it on the receipt.</source>
        <translation>Ce n&apos;est pas un numéro de ticket de caisse. Vérifiez-le sur le ticket.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="80"/>
        <source>The amount must be more than 0 yen.</source>
        <translation>Le montant doit être supérieur à 0 yen.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="82"/>
        <source>That is more than one bill can be (at most %1). Please check the amount.</source>
        <translation>C&apos;est plus qu&apos;une seule addition ne peut atteindre (%1 au maximum). Vérifiez le montant.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="85"/>
        <source>This correction would take the producer&apos;s points below zero. Nothing was changed.</source>
        <translation>Cette correction ferait passer les points du producteur sous zéro. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="88"/>
        <source>A correction can change at most %1 points at once.</source>
        <translation>Une correction peut modifier au plus %1 points à la fois.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="90"/>
        <source>A correction needs a change in PV or push points, and a reason.</source>
        <translation>Une correction demande une variation de PV ou de points de soutien, et un motif.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="99"/>
        <source>That card cannot be printed from here (it was replaced, or issued at another kiosk). Replace the card instead.</source>
        <translation>Cette carte ne peut pas être imprimée d&apos;ici (elle a été remplacée, ou émise par une autre borne). Remplacez plutôt la carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="117"/>
        <source>The slip printer offers no page for the chosen slip paper: change the slip paper in Settings.</source>
        <translation>L&apos;imprimante de fiches n&apos;offre aucune page pour le papier choisi : changez le papier des fiches dans Réglages.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="120"/>
        <source>still printing: the printer has not finished yet; see the print queue</source>
        <translation>impression en cours : l&apos;imprimante n&apos;a pas encore fini ; voyez la file d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="122"/>
        <location filename="../../kiosk/ui/problems/staff.py" line="137"/>
        <source>the printer did not print it: %1</source>
        <translation>l&apos;imprimante ne l&apos;a pas imprimée : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="126"/>
        <source>The file could not be written. Check that the disk has space.</source>
        <translation>Le fichier n&apos;a pas pu être écrit. Vérifiez qu&apos;il reste de la place sur le disque.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="143"/>
        <source>cards running low</source>
        <translation>peu de cartes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="144"/>
        <source>ribbon running low</source>
        <translation>ruban presque vide</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="150"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="151"/>
        <source>no printer by that name: choose the card printer in Settings</source>
        <translation>aucune imprimante de ce nom : choisissez l&apos;imprimante de cartes dans Réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="153"/>
        <source>this printer offers no card size: choose the card printer in Settings</source>
        <translation>cette imprimante n&apos;offre aucun format carte : choisissez l&apos;imprimante de cartes dans Réglages</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="156"/>
        <source>paused: resume the printer in the printer settings, then retry</source>
        <translation>en pause : relancez l&apos;imprimante dans ses réglages, puis réessayez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="158"/>
        <source>not accepting jobs: set the printer to accept jobs, then retry</source>
        <translation>refuse les travaux : configurez l&apos;imprimante pour qu&apos;elle les accepte, puis réessayez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="160"/>
        <source>out of cards: load blank cards, then retry</source>
        <translation>plus de cartes : chargez des cartes vierges, puis réessayez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="162"/>
        <source>ribbon used up: put in a new ribbon, then retry</source>
        <translation>ruban épuisé : mettez un ruban neuf, puis réessayez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="164"/>
        <source>cover open: close the printer&apos;s cover, then retry</source>
        <translation>capot ouvert : fermez le capot de l&apos;imprimante, puis réessayez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="166"/>
        <source>card jammed: open the printer, take the card out, then retry</source>
        <translation>carte coincée : ouvrez l&apos;imprimante, retirez la carte, puis réessayez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="168"/>
        <source>offline: check the printer&apos;s power and cable, then retry</source>
        <translation>hors ligne : vérifiez l&apos;alimentation et le câble de l&apos;imprimante, puis réessayez</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="170"/>
        <source>the print service is not running: restart the kiosk PC</source>
        <translation>le service d&apos;impression ne fonctionne pas : redémarrez le PC de la borne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="182"/>
        <source>The kiosk&apos;s storage is full: nothing was saved. Free some space.</source>
        <translation>La mémoire de la borne est pleine : rien n&apos;a été enregistré. Libérez de l&apos;espace.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="184"/>
        <source>The kiosk cannot use its records right now: nothing was saved.</source>
        <translation>La borne ne peut pas utiliser ses données pour le moment : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/problems/staff.py" line="187"/>
        <source>Something went wrong and nothing was saved. The details are in the log.</source>
        <translation>Une erreur est survenue et rien n&apos;a été enregistré. Les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>StaffProducerScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="146"/>
        <source>Stop the old password and issue a new one</source>
        <translation>Désactiver l&apos;ancien mot de passe et en émettre un nouveau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="153"/>
        <source>Card %1 (generation %2) stops working at once, wherever it is. A new card goes to the print queue; the points stay with the producer.</source>
        <translation>La carte %1 (génération %2) cesse aussitôt de fonctionner, où qu&apos;elle soit. Une nouvelle carte part dans la file d&apos;impression ; les points restent au producteur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="157"/>
        <source>Revoke card %1 and print a new one</source>
        <translation>Révoquer la carte %1 et en imprimer une nouvelle</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="169"/>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="175"/>
        <source>Producer number: %1</source>
        <translation>Numéro de producteur : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="176"/>
        <source>Rank: %1</source>
        <translation>Rang : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="177"/>
        <source>PV: %1 · Push points: %2</source>
        <translation>PV : %1 · Points de soutien : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="179"/>
        <source>Card: generation %1</source>
        <translation>Carte : génération %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="183"/>
        <source>Card upgrade available: the card shows an older rank&apos;s colour. Replace it with &quot;New rank colour&quot;.</source>
        <translation>Nouvelle carte possible : la carte a la couleur d&apos;un rang précédent. Remplacez-la avec « Couleur du nouveau rang ».</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="185"/>
        <source>Record a purchase</source>
        <translation>Enregistrer un achat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="186"/>
        <source>Correct points</source>
        <translation>Corriger les points</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="187"/>
        <source>Replace the card</source>
        <translation>Remplacer la carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="188"/>
        <source>New website password</source>
        <translation>Nouveau mot de passe du site</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="190"/>
        <source>Why is the card replaced? The old card stops working at once; the points stay with the producer.</source>
        <translation>Pourquoi remplacer la carte ? L&apos;ancienne cesse aussitôt de fonctionner ; les points restent au producteur.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="144"/>
        <source>Issue a new website password? The old password stops working at once.</source>
        <translation>Émettre un nouveau mot de passe du site ? L&apos;ancien cesse aussitôt de fonctionner.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="192"/>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="192"/>
        <source>Damaged</source>
        <translation>Abîmée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/producer_screen.py" line="193"/>
        <source>New rank colour</source>
        <translation>Couleur du nouveau rang</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../kiosk/ui/staff/base.py" line="66"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/base.py" line="67"/>
        <source>Staff mode</source>
        <translation>Mode équipe</translation>
    </message>
</context>
<context>
    <name>StayTexts</name>
    <message>
        <location filename="../../kiosk/ui/screens/stay_text.py" line="16"/>
        <source>Checked in at %1. Your first period ends at %2.</source>
        <translation>Visite enregistrée à %1. Votre première période se termine à %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/stay_text.py" line="18"/>
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>Chaque tranche supplémentaire de %1 minutes coûte %2 avec au moins %n commande.</numerusform>
            <numerusform>Chaque tranche supplémentaire de %1 minutes coûte %2 avec au moins %n commandes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/stay_text.py" line="21"/>
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>Prévenez un membre de la troupe %n minute avant de partir.</numerusform>
            <numerusform>Prévenez un membre de la troupe %n minutes avant de partir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/stay_text.py" line="22"/>
        <source>Next stage show: %1</source>
        <translation>Prochain spectacle : %1</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../../kiosk/ui/widgets/step_header.py" line="28"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="55"/>
        <source>● Office online</source>
        <translation>● Siège connecté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="55"/>
        <source>○ Office offline</source>
        <translation>○ Siège hors ligne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="56"/>
        <source>%n event(s) waiting</source>
        <translation>
            <numerusform>%n événement en attente</numerusform>
            <numerusform>%n événements en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="59"/>
        <source>%n refused by the office this week</source>
        <translation>
            <numerusform>%n refusé par le siège cette semaine</numerusform>
            <numerusform>%n refusés par le siège cette semaine</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="61"/>
        <source>last sync %1</source>
        <translation>dernière synchro %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="64"/>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="63"/>
        <source>Terms and privacy</source>
        <translation>Conditions d&apos;utilisation et confidentialité</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="65"/>
        <source>Your producer card costs %1, paid at the till.</source>
        <translation>Votre carte de producteur coûte %1, à régler à la caisse.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="67"/>
        <source>You earn PV points when you spend, and push points when you visit. Points have no cash value and cannot be exchanged or transferred.</source>
        <translation>Vous gagnez des points PV en dépensant et des points de soutien en venant. Les points n&apos;ont aucune valeur monétaire et ne peuvent être ni échangés ni cédés.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="69"/>
        <source>We keep your producer name, your producer number, your website login and your points history. We do not ask for your real name, address or payment details.</source>
        <translation>Nous conservons votre nom de producteur, votre numéro de producteur, votre accès au site et l&apos;historique de vos points. Nous ne demandons ni votre vrai nom, ni votre adresse, ni vos données de paiement.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="72"/>
        <source>This information is stored on this kiosk and on our own server, only to run the producer system.</source>
        <translation>Ces informations sont stockées sur cette borne et sur notre propre serveur, uniquement pour faire fonctionner le système des producteurs.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="74"/>
        <source>The QR code on your card holds only a signed card number: no name, no points, no password.</source>
        <translation>Le code QR de votre carte ne contient qu&apos;un numéro de carte signé : ni nom, ni points, ni mot de passe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="76"/>
        <source>Your producer name may appear in the café and on the website&apos;s rankings.</source>
        <translation>Votre nom de producteur peut apparaître dans le café et dans les classements du site.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="78"/>
        <source>You can ask the staff at any time to show or delete your data.</source>
        <translation>Vous pouvez à tout moment demander à l&apos;équipe de vous montrer ou de supprimer vos données.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/terms_panel.py" line="82"/>
        <source>I agree to the terms of use and the privacy policy</source>
        <translation>J&apos;accepte les conditions d&apos;utilisation et la note de confidentialité</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="56"/>
        <source>Welcome to the café!</source>
        <translation>Bienvenue au café !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="57"/>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="59"/>
        <source>First visit? Become a producer: get your own producer card and vote for your favourite cast member.</source>
        <translation>Première visite ? Rejoignez les producteurs : obtenez votre propre carte et votez pour votre favorite.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="61"/>
        <source>Become a producer</source>
        <translation>S&apos;inscrire</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="62"/>
        <source>Larger text and high contrast</source>
        <translation>Texte plus grand et contraste élevé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="63"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/welcome.py" line="64"/>
        <source>Have a card that won&apos;t scan? Log in with your number</source>
        <translation>Carte illisible ? Connectez-vous avec votre numéro</translation>
    </message>
</context>
</TS>
