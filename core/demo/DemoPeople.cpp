#include "DemoPeople.h"

#include "DemoContext.h"
#include "domain/AlignmentArea.h"
#include "domain/Person.h"
#include "domain/Team.h"
#include "domain/TeamGoal.h"

#include <QRegularExpression>

namespace accord::demo {
namespace {

const char* const kEmailDomain = "lumenfield.io";

struct PersonSpec
{
    const char* key;
    const char* name;
    const char* team;
    const char* role;
    bool leadsTeam;
};

const PersonSpec kPeople[] = {
    {"ceo", "Elena Vasquez", "leadership", "Chief Executive Officer", true},
    {"cfo", "Tom Becker", "leadership", "Chief Financial Officer", false},
    {"cmo", "Dana Whitfield", "marketing", "Chief Marketing Officer", true},
    {"demandgen", "Owen Castillo", "marketing", "Director of Demand Generation", false},
    {"mops", "Mei Tanaka", "marketing", "Marketing Operations Manager", false},
    {"cro", "Marcus Reid", "sales", "Chief Revenue Officer", true},
    {"vpsales", "Sofia Lindqvist", "sales", "VP Sales", false},
    {"sdrmgr", "Jamal Carter", "sales", "SDR Manager", false},
    {"ae_ent", "Ryan O'Neill", "sales", "Enterprise Account Executive", false},
    {"ae_mm1", "Aisha Khan", "sales", "Mid-Market Account Executive", false},
    {"ae_mm2", "Hannah Park", "sales", "Mid-Market Account Executive", false},
    {"ae_smb", "Lucas Moreau", "sales", "SMB Account Executive", false},
    {"revops", "Priya Raman", "revops", "Head of Revenue Operations", true},
    {"salesops", "Daniel Osei", "revops", "Revenue Operations Analyst", false},
    {"csdir", "Grace Mbeki", "customer_success", "Director of Customer Success", true},
    {"onboarding", "Felix Navarro", "customer_success", "Onboarding Manager", false},
    {"pmm", "Nora Halvorsen", "product_marketing", "Head of Product Marketing", true},
    {"pmm2", "Ben Adler", "product_marketing", "Product Marketing Manager", false},
    {"cpo", "Ravi Menon", "product", "Chief Product Officer", true},
    {"gpm", "Clara Dubois", "product", "Group Product Manager", false},
};

struct GoalSpec
{
    const char* team;
    const char* partner;
    const char* goal;
    GoalStatus status;
};

// One activity per team that its partner team would normally do: the cheapest way to build empathy.
const GoalSpec kGoals[] = {
    {"marketing", "sales", "Every demand-gen manager listens in on two discovery calls a month", GoalStatus::OnTrack},
    {"sales", "marketing", "Each AE reviews the top ten MQLs of their segment in the Monday queue review",
     GoalStatus::OnTrack},
    {"revops", "sales", "RevOps sits in on the Thursday forecast call and writes up definition questions",
     GoalStatus::Done},
    {"customer_success", "sales", "CS joins the last call of every deal over $100k to agree success criteria",
     GoalStatus::AtRisk},
    {"product_marketing", "sales", "PMM runs a monthly objection clinic from real call recordings",
     GoalStatus::OnTrack},
    {"product", "customer_success", "Each PM joins two customer escalation calls a month", GoalStatus::NotStarted},
    {"leadership", "revops", "The exec team reviews one shared scorecard only, with no side decks",
     GoalStatus::OnTrack},
};

struct AlignmentSpec
{
    const char* code;
    AlignmentStatus status;
    const char* owner;
    const char* note;
};

const AlignmentSpec kAlignment[] = {
    {"value_proposition", AlignmentStatus::Agreed, "pmm", "One page, signed off by CMO and CRO in March"},
    {"icp", AlignmentStatus::Agreed, "revops", "Fit score of 60 or more; data teams of 5–50 on a cloud warehouse"},
    {"goals_accountabilities", AlignmentStatus::Drafted, "ceo", "Shared pipeline goal drafted; bonus plan pending"},
    {"roles_responsibilities", AlignmentStatus::Drafted, "revops", "RACI for lead routing and forecast categories"},
    {"success_metrics", AlignmentStatus::Agreed, "revops", "Frozen in the metric dictionary"},
    {"joint_gtm_plan", AlignmentStatus::Drafted, "cmo", "H2 plan in review"},
    {"sales_playbook", AlignmentStatus::Drafted, "vpsales", "Discovery and mutual plan sections done"},
    {"cadence", AlignmentStatus::Agreed, "cro", "Weekly execution, monthly revenue review, quarterly planning"},
};

QString emailFor(const QString& name)
{
    static const QRegularExpression notLetters(QStringLiteral("[^a-z ]"));
    return name.toLower().remove(notLetters).replace(QLatin1Char(' '), QLatin1Char('.')) + QLatin1Char('@') +
           QLatin1String(kEmailDomain);
}

} // namespace

bool addPeople(DemoContext& context)
{
    QHash<Id, Id> leaderOf;
    for (const PersonSpec& spec : kPeople) {
        Person person;
        person.name = QString::fromUtf8(spec.name);
        person.teamId = context.id(Vocabulary::Team, spec.team);
        person.role = QString::fromUtf8(spec.role);
        person.email = emailFor(person.name);
        if (!context.insert(person))
            return false;
        context.addPerson(spec.key, {person.id, person.teamId, person.name});
        if (spec.leadsTeam)
            leaderOf.insert(person.teamId, person.id);
    }
    for (Team team : context.list<Team>()) {
        if (!leaderOf.contains(team.id))
            continue;
        team.leaderId = leaderOf.value(team.id);
        if (!context.update(team))
            return false;
    }
    return context.ok();
}

bool addTeamGoals(DemoContext& context)
{
    for (const GoalSpec& spec : kGoals) {
        TeamGoal goal;
        goal.teamId = context.id(Vocabulary::Team, spec.team);
        goal.partnerTeamId = context.id(Vocabulary::Team, spec.partner);
        goal.goal = QString::fromUtf8(spec.goal);
        goal.status = spec.status;
        if (!context.insert(goal))
            return false;
    }
    return true;
}

bool assignAlignmentAreas(DemoContext& context)
{
    for (AlignmentArea area : context.list<AlignmentArea>()) {
        for (const AlignmentSpec& spec : kAlignment) {
            if (area.code != QLatin1String(spec.code))
                continue;
            area.status = spec.status;
            area.ownerId = context.personId(spec.owner);
            area.note = QString::fromUtf8(spec.note);
            if (!context.update(area))
                return false;
        }
    }
    return context.ok();
}

} // namespace accord::demo
