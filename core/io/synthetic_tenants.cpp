#include "synthetic_draws.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace hectare::synthetic {
namespace {

struct Business
{
    const char *word;
    const char *sector;
};

constexpr std::array<const char *, 20> kPlaces{
    "Lomé",  "Kara",    "Sokodé",  "Kpalimé", "Atakpamé", "Aného",  "Dapaong", "Tsévié", "Bassar",     "Notsé",
    "Bénin", "Volta",   "Mono",    "Oti",     "Sahel",    "Golfe",  "Plateaux", "Savanes", "Atlantique", "Agou"};
constexpr std::array<Business, 14> kBusinesses{{{"Banque", "bank"},
                                               {"Assurances", "insurance"},
                                               {"Microfinance", "bank"},
                                               {"Télécom", "carrier"},
                                               {"Net", "ISP"},
                                               {"Commerce", "e-commerce"},
                                               {"Logistique", "logistics"},
                                               {"Santé", "health"},
                                               {"Énergie", "energy"},
                                               {"Médias", "media"},
                                               {"Informatique", "IT services"},
                                               {"Agro", "agribusiness"},
                                               {"Transit", "logistics"},
                                               {"Université", "education"}}};

// Contract sizes as multiples of the mean: most tenants take a rack or two, a few take rows.
constexpr std::array<std::pair<double, double>, 7> kSizeMultiple{
    {{0.25, 25}, {0.5, 25}, {1, 20}, {1.5, 12}, {2.5, 10}, {4, 5}, {8, 3}}};
constexpr std::array<std::pair<ContractStatus, double>, 5> kStatus{{{ContractStatus::Active, 55},
                                                                    {ContractStatus::Signed, 15},
                                                                    {ContractStatus::Reserved, 10},
                                                                    {ContractStatus::Quoted, 10},
                                                                    {ContractStatus::Ended, 10}}};
constexpr std::array<std::pair<int, double>, 3> kContractsPerTenant{{{1, 80}, {2, 17}, {3, 3}}};
constexpr std::array<int, 6> kRampMonths{0, 3, 6, 12, 18, 24};
constexpr int kMaxRacksPerContract = 120;
constexpr double kHeldShare = 0.65;   // of the free positions, across the site

const QDate kRampReference(2025, 7, 1);

// Share of the commitment drawn at `date`: rampStartPct at the start, rising linearly to all of
// it rampMonths later (whole months, so that no floating-point calendar maths is involved).
double rampShare(const Contract &c, const QDate &date)
{
    const int months = (date.year() - c.start.year()) * 12 + (date.month() - c.start.month());
    const double first = c.rampStartPct / 100.0;
    if (c.rampMonths <= 0 || months >= c.rampMonths)
        return 1;
    return first + (1 - first) * std::max(0, months) / c.rampMonths;
}

bool holdsRacks(ContractStatus s) { return s != ContractStatus::Quoted && s != ContractStatus::Ended; }

double tableMean(const std::array<std::pair<double, double>, 7> &table)
{
    double sum = 0;
    double weights = 0;
    for (const auto &[value, weight] : table) {
        sum += value * weight;
        weights += weight;
    }
    return sum / weights;
}

void setDates(Contract &c, Draws &draws)
{
    switch (c.status) {
    case ContractStatus::Active:
        c.start = QDate(2023, 1, 1).addDays(draws.between(0, 900));
        break;
    case ContractStatus::Signed:
        c.start = QDate(2025, 1, 1).addDays(draws.between(0, 700));
        break;
    case ContractStatus::Reserved:
        c.start = QDate(2025, 7, 1).addDays(draws.between(0, 900));
        break;
    case ContractStatus::Quoted:
        c.start = QDate(2026, 1, 1).addDays(draws.between(0, 700));
        break;
    case ContractStatus::Ended:
        c.start = QDate(2021, 1, 1).addDays(draws.between(0, 700));
        c.end = c.start.addMonths(draws.between(24, 42));
        return;
    }
    if (draws.chance(0.5))
        c.end = c.start.addMonths(draws.chance(0.5) ? 36 : 60);
}

} // namespace

void addTenants(SiteModel &model, int tenantCount, Draws &draws)
{
    // Free positions per hall, in row order: a tenant's racks are taken side by side.
    std::vector<std::vector<std::size_t>> freeByHall(model.halls.size());
    std::size_t freeTotal = 0;
    for (std::size_t i = 0; i < model.racks.size(); ++i) {
        const Rack &rack = model.racks[i];
        if (rack.state != RackState::Free)
            continue;
        const Id hallId = model.hallOfRack(rack);   // halls have ids 1..n
        freeByHall[std::size_t(hallId - 1)].push_back(i);
        ++freeTotal;
    }
    std::vector<std::size_t> cursor(model.halls.size(), 0);
    const auto remaining = [&](std::size_t h) { return freeByHall[h].size() - cursor[h]; };

    // First the tenants and how many contracts of which status, then the sizes, so that the
    // racks held come to about kHeldShare of the free positions whatever the spec.
    for (int t = 0; t < tenantCount; ++t) {
        const Business &business = draws.pick(kBusinesses);
        Tenant tenant;
        tenant.id = t + 1;
        const QString number = QStringLiteral("%1").arg(t + 1, 4, 10, QLatin1Char('0'));
        tenant.name = QString::fromUtf8(draws.pick(kPlaces)) + QLatin1Char(' ') + QString::fromUtf8(business.word)
                      + QLatin1Char(' ') + number;
        tenant.sector = QString::fromUtf8(business.sector);
        tenant.contact = QStringLiteral("noc@tenant%1.example").arg(number);
        model.tenants.push_back(tenant);

        const int contracts = draws.weighted(kContractsPerTenant);
        for (int k = 0; k < contracts; ++k) {
            Contract c;
            c.id = Id(model.contracts.size()) + 1;
            c.tenantId = tenant.id;
            c.status = draws.weighted(kStatus);
            model.contracts.push_back(c);
        }
    }
    const auto holding = std::count_if(model.contracts.begin(), model.contracts.end(),
                                       [](const Contract &c) { return holdsRacks(c.status); });
    const double meanRacks = holding > 0 ? kHeldShare * double(freeTotal) / double(holding) : 1;
    const double sizeMean = tableMean(kSizeMultiple);

    for (Contract &c : model.contracts) {
        const double multiple = draws.weighted(kSizeMultiple) / sizeMean;
        c.racks = std::clamp(int(std::lround(meanRacks * multiple)), 1, kMaxRacksPerContract);
        c.rampStartPct = 25 + 5 * draws.between(0, 15);
        c.rampMonths = draws.pick(kRampMonths);
        c.drawRatio = (50 + 5 * draws.between(0, 8)) / 100.0;
        const double kwShare = (60 + 10 * draws.between(0, 4)) / 100.0;   // of the racks' design kW
        const int startHall = model.halls.empty() ? 0 : draws.between(0, int(model.halls.size()) - 1);
        setDates(c, draws);
        if (model.halls.empty())
            continue;
        c.hallId = startHall + 1;

        double designKw = 5.0 * c.racks;   // before placement: a typical 5 kW rack
        if (holdsRacks(c.status)) {
            // The first hall from a random start with room for the whole contract, else the roomiest.
            std::size_t hall = std::size_t(startHall);
            std::size_t roomiest = hall;
            bool fits = false;
            for (std::size_t i = 0; i < model.halls.size() && !fits; ++i) {
                const std::size_t h = (std::size_t(startHall) + i) % model.halls.size();
                if (remaining(h) >= std::size_t(c.racks)) {
                    hall = h;
                    fits = true;
                } else if (remaining(h) > remaining(roomiest)) {
                    roomiest = h;
                }
            }
            if (!fits)
                hall = roomiest;
            c.hallId = Id(hall) + 1;
            c.racks = int(std::min(remaining(hall), std::size_t(c.racks)));
            if (c.racks == 0) {
                // No room anywhere: the prospect waits as a quote.
                c.status = ContractStatus::Quoted;
                c.racks = 1;
                c.start = QDate(2026, 1, 1).addDays(draws.between(0, 700));
                c.end = {};
            } else {
                // Active contracts have moved in as far as their ramp has gone by mid-2025; the
                // rest of their racks, and those of signed and reserved contracts, wait reserved.
                const int occupied = c.status == ContractStatus::Active
                                         ? std::max(1, int(std::ceil(c.racks * rampShare(c, kRampReference))))
                                         : 0;
                designKw = 0;
                for (int k = 0; k < c.racks; ++k) {
                    Rack &rack = model.racks[freeByHall[hall][cursor[hall]++]];
                    rack.state = k < occupied ? RackState::Occupied : RackState::Reserved;
                    rack.tenantId = c.tenantId;
                    designKw += rack.designKw;
                }
            }
        }
        c.committedKw = std::round(designKw * kwShare * 2) / 2;   // to 0.5 kW
        if (c.racks >= 20 && draws.chance(0.3))
            c.cageM2 = std::round(c.racks * 2.5);
    }
}

} // namespace hectare::synthetic
