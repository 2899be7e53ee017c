<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>accord::AmountParser</name>
    <message>
        <source>“%1” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not use “%2” as its decimal separator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::CaseCommands</name>
    <message>
        <source>The case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn is the last step: close the case instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not complete yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open case at the Learn step can be closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retrospective is not complete yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is open already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive case “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore case “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::CaseFile</name>
    <message>
        <source>Case %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::CaseFilterBar</name>
    <message>
        <source>Playbook stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles and descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All friction types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::CaseListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playbook stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friction type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::CaseListView</name>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the case back into the lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the case from lists and the matrix; it stays in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no cases in this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” with its diagnosis, decisions and actions?

Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::CasePrefill</name>
    <message>
        <source>%1. Quick fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::Catalog</name>
    <message>
        <source>Built-in definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in catalogue refers to unknown codes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing – Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales calls the leads poor; Marketing says Sales lets good leads go cold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has written down what a qualified lead is, leads arrive without context, follow-up is not measured, or the two teams picture a different ideal customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree what counts as qualified demand, the rules for sales acceptance, a short list of reject reasons, routing rules and follow-up SLAs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales – RevOps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellers find the CRM process a burden; RevOps finds empty fields and stages that do not match where deals really are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process was designed away from how deals are actually sold, or the fields it demands give the seller nothing back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trim the CRM process, agree which fields each stage really needs, and show sellers how complete records make the forecast more reliable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing – RevOps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns go live before tracking, routing, attribution or lifecycle rules are in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launches pass no gate, operations hears about them too late, or nobody owns the data a campaign produces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce a pre-launch checklist, tracking standards, campaign sign-off and rules for recording where demand came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales – Customer Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Success takes over accounts with promises nobody can keep, customers who do not fit, or no onboarding context at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closed-won handoff is thin, qualification let poor-fit deals through, or success criteria were never agreed with the buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the fields every handoff must carry, require a success plan and risk notes, and name who runs the kickoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product Marketing – Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sellers say the messaging falls flat with buyers; Product Marketing says sellers ignore the approved talk tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages were never tried in the field, the enablement material is hard to use, or objections from deals come back only as anecdotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test messages with real buyers, review objections and call recordings together, refresh the enablement material and keep a standing feedback loop from the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership – GTM teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams get priorities that keep moving, trade-offs nobody spells out, or targets without the resources to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of strategy is never translated into headcount, capacity, priorities or the meeting rhythm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle quarterly priorities, decision rights, capacity plans, the revenue model and escalation paths together in one planning cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Success – Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Success escalates product gaps that never turn into roadmap decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no structured feedback loop, no way to score the impact on customers, and no path to a decision on product issues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put product feedback under governance, score the impact on customers, review the roadmap against it and agree when an issue escalates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“The leads Marketing sends us are junk.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One qualification standard both teams use, and a feedback loop from every rejected lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written MQL and SAL criteria, with a reason required on every rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut the reject reasons down to six to eight and make choosing one mandatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Sales never gets back to our leads.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timer on every handoff, escalation when it runs out, and a record of who did what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first-touch SLA with queue rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the follow-up task automatically and alert the manager when the SLA is missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“We can&apos;t trust these numbers.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One data model that every team reports from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metric dictionary and rules for who may change a dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the glossary of metric definitions and freeze them until a decision changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Our leads keep landing with the wrong rep.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean segments and assignment rules that follow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A territory matrix and the routing logic that applies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a view that audits routing and clear the misroutes every week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“We are chasing different targets.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline targets both teams share, and incentives that reward the same result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One scorecard tied to pipeline and revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace lead-volume targets with acceptance and pipeline targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Marketing&apos;s campaigns aren&apos;t what Sales needs.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint planning around the accounts and segments that matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quarterly joint plan with the ideal customer profile and target account lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have Sales contribute to the ideal customer profile and the buyers&apos; top pains every quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing automation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL-to-SQL conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the leads that became marketing-qualified in the period, the share that went on to become sales-qualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close the revenue committed at the start of the period came to the revenue actually closed: 100% less the size of the miss as a share of the commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the opportunities opened in the period whose original source and campaign are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from a deal closing to the customer reaching the first success milestone agreed at handoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message adoption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the sales calls and proposals reviewed in the period that use the current approved positioning and talk tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue closed in the period as a share of the target set for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the recurring revenue under contract at the start of the period that is still under contract at its end, not counting expansion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL-to-SAL conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the leads that became marketing-qualified in the period, the share that Sales accepted as worth working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAL-to-SQL conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the leads Sales accepted in the period, the share that became sales-qualified after a discovery meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to first touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median hours between a lead becoming marketing-qualified and the first contact Sales records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting consistency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the scorecard&apos;s headline figures for the period that agree across the CRM, marketing and finance reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misroute rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the leads routed in the period that had to be handed to another owner, team or territory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total amount of the opportunities opened in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline from target segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the amount of opportunities opened in the period that comes from the segments and accounts of the joint plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the leads Sales accepted or rejected in the period, the share it accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breach rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the leads handed to Sales in the period whose first touch or disposition came later than the SLA allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total amount of the opportunities closed won in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the opportunities closed in the period, the share closed won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales cycle length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days from opening an opportunity to closing it won, for the deals won in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity-to-won conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the opportunities opened in the period, the share that have since closed won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejections with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the leads Sales rejected in the period, the share that carry a reason from the agreed list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net Promoter Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the customer survey: the percentage of customers who would recommend us (9 or 10) less the percentage who would not (0 to 6), from −100 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the monthly pulse: the percentage of people who say the partnership goals are going better less the percentage who say worse, from −100 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring revenue added in the period by existing customers through upsell, cross-sell and price changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin a customer is expected to bring over the whole relationship: yearly revenue per customer times gross margin, divided by the yearly rate at which customers leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recurring revenue won in the period as a percentage of what Sales and Marketing cost in the same period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales velocity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue the pipeline produces per day: open opportunities times average deal size times win rate, divided by the sales cycle in days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total amount of the open opportunities that passed the sales-qualified stage at the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone raises a hand: a form, an event scan, a content download or an inbound call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details are complete, and the record is not a duplicate, a competitor, a student or part of a deal already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing-qualified lead (MQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company fits the ideal customer profile and the person shows intent or enough engagement to pass the scoring threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed to the right owner with source, segment and engagement history attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-accepted lead (SAL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales has reviewed the lead within the first-touch SLA and agrees it is worth working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact made and a need confirmed, or the lead rejected with a reason from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-qualified lead (SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discovery meeting has been held and it confirmed a real problem, someone who owns the budget and a timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer agrees to evaluate, and an opportunity is opened with an amount and a close date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opportunity with amount, close date and stage, and the buyer&apos;s decision process mapped: who decides, who signs and by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed won with a signed order, or closed lost with the reason recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is signed and the handoff to Customer Success carries the success criteria and risks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer reaches first value; renewal and expansion are tracked from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing lead standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What every lead carries before Marketing hands it to Sales, and which leads never reach Sales at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and business e-mail
Company and segment
Country or territory
Lead source and campaign
The engagement that made it qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing customers and accounts with an open opportunity
Competitors, students and private e-mail addresses
Duplicates of a lead worked in the last 90 days
People who opted out of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales first touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales contacts every lead it receives within the target time; a lead still untouched at the escalation time goes to the sales manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales accepts every lead or rejects it with a reason from the list within the target time, so that Marketing learns from each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A good fit, but with no budget or project in the next two quarters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only researching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and learning, with no sign of a buying decision yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details missing or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working phone or e-mail, or the role is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company not identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company, its size or its industry is unknown, so fit cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong owner or territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead belongs to another region or segment, or to an account someone else already works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the ideal customer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong industry, size or need: this company will not become a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam, competitor or student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a prospective buyer at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly execution review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catch broken handoffs, SLA breaches and overdue actions while they are still cheap to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches and escalations since last week
New friction cases and cases that are stuck
Overdue actions and their owners
Routing and data-quality exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly revenue review (funnel council)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the shared scorecard together, decide the cases that are ready, agree one or two experiments and publish the decisions. No argument without data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard movements since last month
Cases waiting for a decision
Proposed changes to metric definitions
Results of last month&apos;s experiments and one or two for the next
Decisions to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn strategy into priorities, targets, capacity and decision rights for the next quarter, and deal with friction that keeps coming back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue attainment and lessons from the quarter
Recurring friction and retrospectives
Priorities, targets and capacity for the next quarter
Ideal customer profile, target segments and the joint plan
Decision rights and escalation paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One statement of the problem we solve and why we win, used by Marketing and Sales alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal customer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of company, situation and buying signals we go after, agreed by everyone who targets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and accountabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared pipeline and revenue targets, and who answers for each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what at every funnel stage and handoff, with no gaps and no double work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dictionary metrics both teams are judged by, with definitions everyone has signed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint go-to-market plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One quarterly plan of segments, campaigns and sales plays that the teams built together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales playbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sellers qualify, position and answer objections, kept in step with the current messaging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence of accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings where the teams review progress, take decisions and hold each other to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RevOps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leadership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teams chase targets that pull apart, such as lead volume on one side and closed revenue on the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay, quota or recognition rewards one team for behaviour that costs the other team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers are missing, inconsistent or defined differently, so nobody believes the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single person or team is plainly responsible for the step, record or result in question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is unclear who makes the call, who has to be heard first and where a deadlock goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments at a handoff are missing, go unmeasured or carry no consequence when broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team expected to act lacks the people, hours or budget that the request needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow or system steps do not match how the work is really done, so people work around them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context, feedback or news of a change does not reach the people who need it in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings argue about how metrics are calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review time goes on stage definitions, attribution rules and conversion arithmetic instead of on what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboards raise more questions than they answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People ask where a figure came from before they ask what it tells them to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each team brings its own numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales quotes the CRM, Marketing quotes its campaign reports, and the two never agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk drifts to who owns the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation moves from fixing the issue to settling whose job or fault it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More open opportunities that fit the ideal customer and are truly in play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More of the demand already in the funnel turning into won business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue arriving sooner from the same pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers staying and renewing because they got what they were promised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing customers buying more as they succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each customer worth more over the whole relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More new revenue for every dollar spent on go-to-market.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::CrmImporter</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates read both day-first and month-first; choose the file&apos;s date format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::CrmRowConverter</name>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is closed but has no close date to date it by.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 after line %1; choose its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::Database</name>
    <message>
        <source>The workspace “%1” cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists; a new workspace needs a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for “%1” cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Accord window (process %1 on %2) is editing this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” is in an older format and must be upgraded, but it cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” must be upgraded, but the backup copy “%2” could not be written, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::DateParser</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MM/DD/YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist in the time zone %2: the clocks went forward.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::DemoWorkspace</name>
    <message>
        <source>The demo needs the catalogue entry “%1” in %2, which is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo refers to an unknown person “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo needs at least one reject reason in the catalogue, and there is none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::Enums</name>
    <message>
        <source>Surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Govern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from CRM records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reroute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric off target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::FormulaFields</name>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::FormulaLexer</name>
    <message>
        <source>“%1” at %2 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text starting at %1 has no closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected “!” at %1; write “not” or “!=”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected character “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::FormulaParser</name>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value, records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank, value, records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records, condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; did you mean “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 field “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected “)” at %1: it closes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected %1 at %2 after a complete formula; is an operator missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 at %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“(” after “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “(” at %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments for “%1” at %2: it takes (%3), found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown function “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” at %2 is not a time field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number at %1, found %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record set “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count it with count(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate it with sum(), avg(), median() or percentile()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregate it with avg(), median() or percentile()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown name “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>texts belong in conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentile from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentile %1 at %2 is outside 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” at %2 is not a number; %3() reads amount or a duration such as hours(mql_at, first_touch_at)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount or a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from time, to time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads, opportunities or records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 at %2, found “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a funnel stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage “%1” at %2 reads “%3”, which is not a time field of the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reject reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reject reason “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field, a text or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“in” at %1 needs a text field on its left, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comparison (=, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;= or in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compare %1 with %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::FormulaSql</name>
    <message>
        <source>The formula names “%1”, which is not a record field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::GlossaryExport</name>
    <message>
        <source>Metric glossary — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen definitions change only through a recorded decision; drafts are still being agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::GuiLauncher</name>
    <message>
        <source>Could not write the screenshot “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::GuiLauncher::CommandLine</name>
    <message>
        <source>Open a fresh demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to PNG and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord turns friction between go-to-market teams into decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::ImportMappingDefinition</name>
    <message>
        <source>“%1” must be one character, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is in format %1; this version of Accord reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a field of a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is chosen as the record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::MainWindow</name>
    <message>
        <source>Accord workspaces (*.accord);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams &amp; People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a copy to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a copy to “%1”. You are still editing “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the workspace you are editing; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Accord %1&lt;/h3&gt;&lt;p&gt;Turn friction between go-to-market teams into decisions: surface it, diagnose it, agree who decides, and follow it through.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::MetricCommands</name>
    <message>
        <source>The metric no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change metric “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is frozen and cannot go back to draft; change it through a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is frozen: a change to its definition must name the decision that approved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is frozen already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::MetricDefinition</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::Migrations</name>
    <message>
        <source>There is no migration to format %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::PersonModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to another team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the e-mail of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::SqlQuery</name>
    <message>
        <source>The statement “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement “%1” returned no row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::StartPage</name>
    <message>
        <source>Welcome to Accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn friction between go-to-market teams into decisions. A workspace is one file that holds your teams, cases, metrics and reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces you open appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::Subcommands</name>
    <message>
        <source>Output format: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the new workspace with a fictional company&apos;s cases and data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the workspace “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a healthy Accord workspace (format %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be upgraded to format %1 (after a backup copy) when it is next opened for editing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can only be opened read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a workspace without changing it; exit code 0 when it is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one record per friction case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the catalogue: teams, friction types, patterns, dictionary, funnel and more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the metric dictionary as a glossary to publish: definitions, owners, versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands that need no display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: accord %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::TeamModel</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename team “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the leader of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::TeamsPeopleView</name>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams &amp; People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::Workspace</name>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>accord::WorkspaceCheck</name>
    <message>
        <source>The workspace “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Accord workspace: it is not a SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged (truncated or corrupt) and was not changed. Restore it from a backup. Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a SQLite database of another application, not an Accord workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an empty SQLite database, not an Accord workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” was saved by a newer version of Accord (format %2; this version reads up to format %3). Update Accord to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is write-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
