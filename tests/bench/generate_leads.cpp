// Writes a HubSpot-style contact export of N leads to standard output, the same file for the same N and seed: the
// columns and date format HubSpot writes, names and companies that need quoting, a funnel whose stages thin out the
// way real ones do, first touches that sometimes miss the 24-hour SLA, and the reject reasons Sales gives.
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>

namespace {

constexpr std::array firstNames = {"Ava",  "Liam", "Mia",   "Noah",  "Zoë",   "Lucas", "Elena",  "Omar",
                                   "Yuki", "Sven", "Chloé", "Mateo", "Priya", "Jonas", "Fatima", "Kenji"};
constexpr std::array lastNames = {"Smith",    "Müller", "García", "O'Brien", "Nguyen", "Rossi",
                                  "Kowalski", "Haddad", "Dubois", "Tanaka",  "Okafor", "Lindqvist"};
// Some company names carry the delimiter or quotes, so the export quotes them.
constexpr std::array companies = {"Northwind Traders",  "Contoso, Ltd.",
                                  "Fabrikam",           "Initech",
                                  "Globex Corporation", "Umbrella \"Health\" Group",
                                  "Soylent, Inc.",      "Hooli",
                                  "Stark Industries",   "Wayne Enterprises",
                                  "Acme Corp.",         "Vandelay Industries"};
constexpr std::array sources = {"Organic Search", "Paid Search",    "Paid Social",     "Email Marketing",
                                "Referrals",      "Direct Traffic", "Offline Sources", "Social Media"};
constexpr std::array segments = {"Enterprise", "Mid-market", "SMB"};
constexpr std::array teams = {"Inbound EMEA", "Inbound Americas", "Outbound EMEA", "Outbound Americas", "APAC"};
// The names of Accord's built-in reject reasons, and a couple that are not on the agreed list.
constexpr std::array rejectReasons = {"Not ready to buy",
                                      "Only researching",
                                      "Contact details missing or wrong",
                                      "Company not identified",
                                      "Wrong owner or territory",
                                      "Outside the ideal customer profile",
                                      "Spam, competitor or student",
                                      "Duplicate",
                                      "Other"};
constexpr int ownerCount = 48;

// Seconds since 2025-01-01 00:00 UTC, written as HubSpot does: 2025-03-14 09:26.
std::string stamp(long long seconds)
{
    std::tm start{};
    start.tm_year = 125;
    start.tm_mday = 1;
    const std::time_t t = timegm(&start) + seconds;
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &utc);
    return text;
}

std::string quoted(const std::string& text)
{
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string result = "\"";
    for (const char c : text) {
        if (c == '"')
            result += '"';
        result += c;
    }
    return result + '"';
}

} // namespace

int main(int argc, char** argv)
{
    const long rows = argc > 1 ? std::atol(argv[1]) : 1000000;
    std::mt19937_64 random(argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 20250101);
    const auto pick = [&](const auto& list) { return list[random() % list.size()]; };
    const auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(random) < p; };
    const auto hours = [&](double low, double high) {
        return static_cast<long long>(std::uniform_real_distribution<double>(low, high)(random) * 3600);
    };
    // Most first touches come within hours; a long tail misses the SLA by days.
    std::lognormal_distribution<double> touchHours(std::log(9.0), 1.1);
    constexpr long long year = 365LL * 24 * 3600;

    std::fputs("Record ID,First Name,Last Name,Email,Company Name,Create Date,Original Source,Segment,Contact owner,"
               "HubSpot Team,Lifecycle Stage,Became a Lead Date,Became a Marketing Qualified Lead Date,"
               "Became a Sales Accepted Lead Date,Became a Sales Qualified Lead Date,Became an Opportunity Date,"
               "Became a Customer Date,First Touch Date,Reject Reason\r\n",
               stdout);
    std::string line;
    for (long i = 0; i < rows; ++i) {
        const long long created = static_cast<long long>(random() % (year - 60LL * 24 * 3600));
        std::string mql, sal, sql, opportunity, customer, touch, reason;
        std::string stage = "lead";
        if (chance(0.6)) {
            const long long mqlAt = created + hours(0, 96);
            mql = stamp(mqlAt);
            stage = "marketingqualifiedlead";
            long long touchAt = mqlAt;
            if (chance(0.93)) {
                touchAt = mqlAt + static_cast<long long>(touchHours(random) * 3600);
                touch = stamp(touchAt);
            }
            if (chance(0.22)) {
                reason = pick(rejectReasons);
                stage = "other";
            } else if (!touch.empty() && chance(0.85)) {
                const long long salAt = touchAt + hours(0, 48);
                sal = stamp(salAt);
                stage = "salesqualifiedlead";
                if (chance(0.45)) {
                    const long long sqlAt = salAt + hours(24, 24 * 14);
                    sql = stamp(sqlAt);
                    if (chance(0.6)) {
                        const long long opportunityAt = sqlAt + hours(1, 24 * 7);
                        opportunity = stamp(opportunityAt);
                        stage = "opportunity";
                        if (chance(0.25)) {
                            customer = stamp(opportunityAt + hours(24 * 7, 24 * 40));
                            stage = "customer";
                        }
                    }
                }
            }
        }
        const std::string first = pick(firstNames);
        const std::string last = pick(lastNames);
        line.clear();
        line += std::to_string(51000000 + i);
        line += ',' + quoted(first) + ',' + quoted(last) + ',';
        line += "lead" + std::to_string(i) + "@example.com,";
        line += quoted(pick(companies)) + ',' + stamp(created) + ',' + pick(sources) + ',' + pick(segments) + ',';
        line += "Rep " + std::to_string(random() % ownerCount + 1) + ',' + pick(teams) + ',' + stage + ',';
        line += stamp(created) + ',' + mql + ',' + sal + ',' + sql + ',' + opportunity + ',' + customer + ',';
        line += touch + ',' + quoted(reason) + "\r\n";
        std::fwrite(line.data(), 1, line.size(), stdout);
    }
    return std::ferror(stdout) ? 1 : 0;
}
