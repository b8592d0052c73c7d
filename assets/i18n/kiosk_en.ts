<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BalanceScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="205"/>
        <source>Each push point = %n vote(s)</source>
        <translation>
            <numerusform>Each push point = %n vote</numerusform>
            <numerusform>Each push point = %n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="248"/>
        <source>Visit: +%n push point(s)</source>
        <translation>
            <numerusform>Visit: +%n push point</numerusform>
            <numerusform>Visit: +%n push points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="250"/>
        <source>Purchase: +%n PV</source>
        <translation>
            <numerusform>Purchase: +%n PV</numerusform>
            <numerusform>Purchase: +%n PV</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="255"/>
        <source>Pushed %1: %n vote(s)</source>
        <translation>
            <numerusform>Pushed %1: %n vote</numerusform>
            <numerusform>Pushed %1: %n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/balance.py" line="257"/>
        <source>Website login: +%n push point(s)</source>
        <translation>
            <numerusform>Website login: +%n push point</numerusform>
            <numerusform>Website login: +%n push points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainerTexts</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="59"/>
        <source>Log in to the website and get %n push point(s) each day.</source>
        <translation>
            <numerusform>Log in to the website and get %n push point each day.</numerusform>
            <numerusform>Log in to the website and get %n push points each day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="71"/>
        <source>Each visit earns %n push point(s), once per business day (a day ends at %1).</source>
        <translation>
            <numerusform>Each visit earns %n push point, once per business day (a day ends at %1).</numerusform>
            <numerusform>Each visit earns %n push points, once per business day (a day ends at %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="83"/>
        <source>The top %n are honoured with solo stages and the cover of a CD. There is a yearly ranking too.</source>
        <translation>
            <numerusform>The top %n cast member is honoured with solo stages and the cover of a CD. There is a yearly ranking too.</numerusform>
            <numerusform>The top %n are honoured with solo stages and the cover of a CD. There is a yearly ranking too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="87"/>
        <source>The first %1 minutes cost %2 (table charge) with at least %n drink(s).</source>
        <translation>
            <numerusform>The first %1 minutes cost %2 (table charge) with at least %n drink.</numerusform>
            <numerusform>The first %1 minutes cost %2 (table charge) with at least %n drinks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="90"/>
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>Each further %1 minutes cost %2 with at least %n order.</numerusform>
            <numerusform>Each further %1 minutes cost %2 with at least %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="93"/>
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>Please tell a cast member %n minute before you leave.</numerusform>
            <numerusform>Please tell a cast member %n minutes before you leave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/explainer_text.py" line="95"/>
        <source>A stage show starts every %n minute(s).</source>
        <translation>
            <numerusform>A stage show starts every %n minute.</numerusform>
            <numerusform>A stage show starts every %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="95"/>
        <source>That name is too long: up to %n character(s), please.</source>
        <translation>
            <numerusform>That name is too long: up to %n character, please.</numerusform>
            <numerusform>That name is too long: up to %n characters, please.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="110"/>
        <source>Your producer name goes on your card. Katakana or Latin letters, up to %n character(s).</source>
        <translation>
            <numerusform>Your producer name goes on your card. Katakana or Latin letters, up to %n character.</numerusform>
            <numerusform>Your producer name goes on your card. Katakana or Latin letters, up to %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintDesk</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/print_desk.py" line="148"/>
        <source>%n card(s) printed.</source>
        <translation>
            <numerusform>%n card printed.</numerusform>
            <numerusform>%n cards printed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/queue_screen.py" line="116"/>
        <source>Print %n waiting card(s)</source>
        <translation>
            <numerusform>Print %n waiting card</numerusform>
            <numerusform>Print %n waiting cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProducerFlow</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/producer_flow.py" line="142"/>
        <source>Welcome! +%n push point(s) for today&apos;s visit.</source>
        <translation>
            <numerusform>Welcome! +%n push point for today&apos;s visit.</numerusform>
            <numerusform>Welcome! +%n push points for today&apos;s visit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProducerProblems</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/producer.py" line="20"/>
        <source>Too many wrong tries. Please wait %n minute(s) or ask a staff member.</source>
        <translation>
            <numerusform>Too many wrong tries. Please wait %n minute or ask a staff member.</numerusform>
            <numerusform>Too many wrong tries. Please wait %n minutes or ask a staff member.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/producer.py" line="24"/>
        <source>You can spend at most %n push point(s) right now.</source>
        <translation>
            <numerusform>You can spend at most %n push point right now.</numerusform>
            <numerusform>You can spend at most %n push points right now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushCelebration</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="194"/>
        <source>%1 now has %n vote(s) this month.</source>
        <translation>
            <numerusform>%1 now has %n vote this month.</numerusform>
            <numerusform>%1 now has %n votes this month.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="186"/>
        <source>%n vote(s) this month</source>
        <translation>
            <numerusform>%n vote this month</numerusform>
            <numerusform>%n votes this month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/push.py" line="193"/>
        <location filename="../../kiosk/ui/widgets/push_celebration.py" line="205"/>
        <source>%n push point(s)</source>
        <translation>
            <numerusform>%n push point</numerusform>
            <numerusform>%n push points</numerusform>
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
</context>
<context>
    <name>RankingBoardPanel</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/ranking_board.py" line="123"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffHomeScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="152"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/home.py" line="154"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffMessages</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/staff.py" line="38"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/problems/staff.py" line="41"/>
        <source>Too many wrong PINs. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StayTexts</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/stay_text.py" line="18"/>
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>Each further %1 minutes cost %2 with at least %n order.</numerusform>
            <numerusform>Each further %1 minutes cost %2 with at least %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/stay_text.py" line="21"/>
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>Please tell a cast member %n minute before you leave.</numerusform>
            <numerusform>Please tell a cast member %n minutes before you leave.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="56"/>
        <source>%n event(s) waiting</source>
        <translation>
            <numerusform>%n event waiting</numerusform>
            <numerusform>%n events waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/sync_indicator.py" line="59"/>
        <source>%n refused by the office this week</source>
        <translation>
            <numerusform>%n refused by the office this week</numerusform>
            <numerusform>%n refused by the office this week</numerusform>
        </translation>
    </message>
</context>
</TS>
