#pragma once

#include "domain/Enums.h"

#include <QtGlobal>
#include <vector>

namespace accord::demo {

// The demo's friction cases as data. Codes name catalogue entries, keys name demo people, and every date is a number
// of days before today, so the cases look current whenever the demo is made.

struct RootCauseSpec
{
    const char* category;
    const char* evidence;
};

struct ActionSpec
{
    ActionKind kind;
    const char* title;
    const char* owner;
    int dueAfterDecision; // days after the first decision
    ActionStatus status;
};

struct DecisionSpec
{
    const char* owner = nullptr;
    std::vector<const char*> contributors = {};
    const char* criteria = nullptr;
    const char* escalationTo = nullptr;
    int escalationAfterDays = 0;
    const char* text = nullptr;
    int daysAgo = 0;
    const char* rhythm = nullptr; // taken in this rhythm's meeting closest to daysAgo
};

struct LearnSpec
{
    const char* whatWorked = nullptr;
    const char* whatRecurred = nullptr;
    const char* evidence = nullptr;
    const char* kpiMovement = nullptr;
    int closedDaysAgo = -1; // -1 while the retrospective is still open
};

struct CaseSpec
{
    // Surface
    const char* title;
    const char* type;
    const char* pattern = nullptr;
    std::vector<const char*> teams = {};
    const char* looksLike;
    const char* metric;
    const char* blockedDecision;
    const char* funnelStage;
    qint64 revenueAtRisk;
    int severity;
    const char* raisedBy;
    int raisedDaysAgo;
    CaseStage stage;
    int enteredDaysAgo; // when the case reached its current stage; past Decide, the decision date counts for Resolve
    bool archived = false;
    // Diagnose
    std::vector<RootCauseSpec> rootCauses = {};
    std::vector<const char*> signals = {};
    // Align
    const char* outcome = nullptr;
    const char* kpi = nullptr;
    double baseline = 0;
    double target = 0;
    int targetInDays = 0;
    // Decide; a revision supersedes the first decision
    DecisionSpec decision = {};
    DecisionSpec revision = {};
    bool fixesFunnel = false; // the decision the imported funnel data turns on
    // Resolve
    std::vector<ActionSpec> actions = {};
    // Govern
    const char* rhythm = nullptr;
    // Learn
    LearnSpec learn = {};
};

const std::vector<CaseSpec>& caseSpecs();

} // namespace accord::demo
