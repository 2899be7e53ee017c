<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>WorkshopPack</name>
    <message numerus="yes">
        <source>%n case(s) with their decision summaries</source>
        <translation>
            <numerusform>%n case with its decision summary</numerusform>
            <numerusform>%n cases with their decision summaries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workshop pack of %1: %n case(s)</source>
        <translation>
            <numerusform>Workshop pack of %1: %n case</numerusform>
            <numerusform>Workshop pack of %1: %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::AnswerCommands</name>
    <message numerus="yes">
        <source>Computed from %n survey answer(s)</source>
        <translation>
            <numerusform>Computed from %n survey answer</numerusform>
            <numerusform>Computed from %n survey answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Computed from %n pulse answer(s)</source>
        <translation>
            <numerusform>Computed from %n pulse answer</numerusform>
            <numerusform>Computed from %n pulse answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::DecisionLogView</name>
    <message numerus="yes">
        <source>%1 of %n decision(s)</source>
        <translation>
            <numerusform>%1 of %n decision</numerusform>
            <numerusform>%1 of %n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::DictionaryView</name>
    <message numerus="yes">
        <source>The glossary of %n metric(s) was written to %1.</source>
        <translation>
            <numerusform>The glossary of %n metric was written to %1.</numerusform>
            <numerusform>The glossary of %n metrics was written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::FrictionMatrixView</name>
    <message numerus="yes">
        <source>Built-in texts restored in %n row(s). Undo takes them back.</source>
        <translation>
            <numerusform>Built-in texts restored in %n row. Undo takes them back.</numerusform>
            <numerusform>Built-in texts restored in %n rows. Undo takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::HeatMapModel</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %n open case(s)</source>
        <translation>
            <numerusform>%1 and %2: %n open case</numerusform>
            <numerusform>%1 and %2: %n open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::HeatMapPage</name>
    <message numerus="yes">
        <source>%1, %n open: </source>
        <translation>
            <numerusform>%1, %n open: </numerusform>
            <numerusform>%1, %n open: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … and %n more (Enter opens them)</source>
        <translation>
            <numerusform> … and %n more (Enter opens them)</numerusform>
            <numerusform> … and %n more (Enter opens them)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::HeatMapView</name>
    <message numerus="yes">
        <source>%1 and %2: %n open case(s)</source>
        <translation>
            <numerusform>%1 and %2: %n open case</numerusform>
            <numerusform>%1 and %2: %n open cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::LineageDialog</name>
    <message numerus="yes">
        <source>%n record(s) counted.</source>
        <translation>
            <numerusform>%n record counted.</numerusform>
            <numerusform>%n records counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n record exported to %1.</numerusform>
            <numerusform>%n records exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::RejectReasonRules</name>
    <message numerus="yes">
        <source>%n active reject reasons: long lists stop being used. Keep %1 to %2 by merging or retiring some.</source>
        <translation>
            <numerusform>%n active reject reasons: long lists stop being used. Keep %1 to %2 by merging or retiring some.</numerusform>
            <numerusform>%n active reject reasons: long lists stop being used. Keep %1 to %2 by merging or retiring some.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n active reject reason(s): leads that need different treatment end up under the same reason. Keep %1 to %2.</source>
        <translation>
            <numerusform>Only %n active reject reason: leads that need different treatment end up under the same reason. Keep %1 to %2.</numerusform>
            <numerusform>Only %n active reject reasons: leads that need different treatment end up under the same reason. Keep %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::ReviewsView</name>
    <message numerus="yes">
        <source>Created “%1” with %n agenda item(s).</source>
        <translation>
            <numerusform>Created “%1” with %n agenda item.</numerusform>
            <numerusform>Created “%1” with %n agenda items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>accord::ScorecardModel</name>
    <message numerus="yes">
        <source>%1 in %2: %3 (%4), from %n record(s). Click to see how it was made.</source>
        <translation>
            <numerusform>%1 in %2: %3 (%4), from %n record. Click to see how it was made.</numerusform>
            <numerusform>%1 in %2: %3 (%4), from %n records. Click to see how it was made.</numerusform>
        </translation>
    </message>
</context>
</TS>
