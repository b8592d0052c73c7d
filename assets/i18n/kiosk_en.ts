<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ExplainerTexts</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="61" />
        <source>Log in to the website and get %n push point(s) each day.</source>
        <translation>
            <numerusform>Log in to the website and get %n push point each day.</numerusform>
            <numerusform>Log in to the website and get %n push points each day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="73" />
        <source>Each visit earns %n push point(s), once per business day (a day ends at %1).</source>
        <translation>
            <numerusform>Each visit earns %n push point, once per business day (a day ends at %1).</numerusform>
            <numerusform>Each visit earns %n push points, once per business day (a day ends at %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="85" />
        <source>The top %n are honoured with solo stages and the cover of a CD. There is a yearly ranking too.</source>
        <translation>
            <numerusform>The top %n cast member is honoured with solo stages and the cover of a CD. There is a yearly ranking too.</numerusform>
            <numerusform>The top %n are honoured with solo stages and the cover of a CD. There is a yearly ranking too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="89" />
        <source>The first %1 minutes cost %2 (table charge) with at least %n drink(s).</source>
        <translation>
            <numerusform>The first %1 minutes cost %2 (table charge) with at least %n drink.</numerusform>
            <numerusform>The first %1 minutes cost %2 (table charge) with at least %n drinks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="92" />
        <source>Each further %1 minutes cost %2 with at least %n order(s).</source>
        <translation>
            <numerusform>Each further %1 minutes cost %2 with at least %n order.</numerusform>
            <numerusform>Each further %1 minutes cost %2 with at least %n orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="95" />
        <source>Please tell a cast member %n minute(s) before you leave.</source>
        <translation>
            <numerusform>Please tell a cast member %n minute before you leave.</numerusform>
            <numerusform>Please tell a cast member %n minutes before you leave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/explainer_text.py" line="97" />
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
        <location filename="../../kiosk/ui/screens/name.py" line="86" />
        <source>That name is too long: up to %n character(s), please.</source>
        <translation>
            <numerusform>That name is too long: up to %n character, please.</numerusform>
            <numerusform>That name is too long: up to %n characters, please.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/name.py" line="101" />
        <source>Your producer name goes on your card. Katakana or Latin letters, up to %n character(s).</source>
        <translation>
            <numerusform>Your producer name goes on your card. Katakana or Latin letters, up to %n character.</numerusform>
            <numerusform>Your producer name goes on your card. Katakana or Latin letters, up to %n characters.</numerusform>
        </translation>
    </message>
</context>
</TS>