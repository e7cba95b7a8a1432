#include "synthetic_site.h"

#include "synthetic_draws.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace hectare {
namespace {

using synthetic::Draws;

// Layout, in metres: 0.6 × 1.2 m racks in row pairs that face a 1.2 m cold aisle, 1.2 m hot
// aisles between pairs, room along the walls for CRAHs and circulation.
constexpr double kRackWidthM = 0.6;
constexpr double kRackDepthM = 1.2;
constexpr double kAisleM = 1.2;
constexpr double kPairPitchM = 2 * kRackDepthM + 2 * kAisleM;   // rack, cold aisle, rack, hot aisle
constexpr double kSideMarginM = 2.4;                              // CRAHs along the side walls
constexpr double kEndMarginM = 1.8;
constexpr double kHallGapM = 6;                                   // corridor between halls
constexpr int kHallsPerBuilding = 5;
constexpr int kMaxRacksPerRow = 30;

// Plant building blocks.
constexpr double kUpsModuleKw = 500;
constexpr double kUpsEfficiency = 0.96;
constexpr double kTransformerKva = 2500;
constexpr double kGeneratorKva = 2500;
constexpr double kGeneratorPowerFactor = 0.8;
constexpr double kChillerKw = 1500;
constexpr double kChillerCop = 3.0;
constexpr double kCrahKw = 150;
constexpr double kPowerFactor = 0.9;
constexpr double kRppVoltage = 400;
constexpr double kContinuousLoading = 0.8;

// Names are data, not user interface: they stay the same whatever the language, so that a seed
// gives the same model everywhere.
QString plain(const char *utf8) { return QString::fromUtf8(utf8); }

// Spreadsheet-style names: A … Z, AA, AB, …
QString letters(int index)
{
    QString name;
    for (int i = index + 1; i > 0; i = (i - 1) / 26)
        name.prepend(QChar(u'A' + (i - 1) % 26));
    return name;
}

int unitsFor(double load, double unit) { return std::max(1, int(std::ceil(load / unit - 1e-9))); }

// The smallest standard breaker that carries `kw` on a 400 V three-phase RPP loaded to 80 % of
// its rating continuously (kW taken as kVA, the cautious side).
double breakerFor(double kw)
{
    static constexpr std::array<double, 14> kSizes{63, 100, 125, 160, 250, 400, 630, 800, 1000, 1250, 1600, 2000, 2500, 3200};
    const double amps = kw * 1000 / (std::sqrt(3.0) * kRppVoltage * kContinuousLoading);
    for (double size : kSizes)
        if (size >= amps)
            return size;
    return kSizes.back();
}

struct HallLayout
{
    int racksPerRow = 0;
    int rows = 0;
    double widthM = 0;
    double depthM = 0;
};

HallLayout layoutFor(int racks)
{
    HallLayout l;
    if (racks > 0) {
        // Rows about twice as long as √racks keep the hall roughly square.
        l.racksPerRow = std::clamp(int(std::ceil(2 * std::sqrt(double(racks)))), 1, kMaxRacksPerRow);
        l.racksPerRow = std::min(l.racksPerRow, racks);
        l.rows = (racks + l.racksPerRow - 1) / l.racksPerRow;
    }
    const int pairs = (l.rows + 1) / 2;
    l.widthM = std::max(10.0, 2 * kSideMarginM + l.racksPerRow * kRackWidthM);
    l.depthM = std::max(10.0, 2 * kEndMarginM + pairs * kPairPitchM);
    return l;
}

void addHalls(SiteModel &model, const SyntheticSiteSpec &spec, Draws &draws)
{
    const int hallCount = std::max(0, spec.halls);
    const int racksPerHall = std::max(0, spec.racksPerHall);
    const HallLayout layout = layoutFor(racksPerHall);

    for (int b = 0; b < (hallCount + kHallsPerBuilding - 1) / kHallsPerBuilding; ++b)
        model.buildings.push_back({b + 1, plain("Building %1").arg(letters(b))});

    static constexpr std::array<std::pair<double, double>, 6> kRowKw{
        {{4, 20}, {5, 30}, {6, 25}, {8, 15}, {12, 7}, {15, 3}}};
    static constexpr std::array<std::pair<double, double>, 3> kRowWeightKg{{{1000, 30}, {1200, 50}, {1360, 20}}};
    static constexpr std::array<std::pair<int, double>, 4> kRowHeightU{{{42, 50}, {45, 15}, {47, 20}, {48, 15}}};

    for (int h = 0; h < hallCount; ++h) {
        Hall hall;
        hall.id = h + 1;
        hall.buildingId = h / kHallsPerBuilding + 1;
        hall.name = plain("Hall %1").arg(h + 1);
        const double x0 = (h % kHallsPerBuilding) * (layout.widthM + kHallGapM);
        const double y0 = (h / kHallsPerBuilding) * (layout.depthM + 4 * kHallGapM);
        hall.outline = {{x0, y0}, {x0 + layout.widthM, y0}, {x0 + layout.widthM, y0 + layout.depthM},
                        {x0, y0 + layout.depthM}};
        hall.tileM = 0.6;
        hall.floorLoadKgPerM2 = 1200;
        hall.ceilingHeightM = 3.6;
        hall.status = HallStatus::Live;
        hall.commissioned = QDate(2016, 1, 1).addMonths(6 * h);
        model.halls.push_back(hall);

        const int pairs = (layout.rows + 1) / 2;
        for (int p = 0; p < pairs; ++p) {
            // One RPP on A and one on B per row pair; breakers are sized once the racks are known.
            const Id pduA = Id(model.pdus.size()) + 1;
            for (FeedPath path : {FeedPath::A, FeedPath::B}) {
                Pdu pdu;
                pdu.id = Id(model.pdus.size()) + 1;
                pdu.hallId = hall.id;
                pdu.upsGroupId = hall.id;   // one UPS group per hall, added with the plant
                pdu.name = plain("RPP %1-%2%3").arg(h + 1).arg(p + 1).arg(toKey(path));
                pdu.path = path;
                pdu.voltageV = kRppVoltage;
                pdu.phases = 3;
                model.pdus.push_back(pdu);
            }
            double pairKw = 0;
            const double pairY = y0 + kEndMarginM + p * kPairPitchM;
            for (int side = 0; side < 2 && 2 * p + side < layout.rows; ++side) {
                const int r = 2 * p + side;
                Row row;
                row.id = Id(model.rows.size()) + 1;
                row.hallId = hall.id;
                row.name = letters(r);
                // Both rows of a pair face the cold aisle between them: the first runs towards −x with
                // its depth towards −y, the second towards +x with its depth towards +y.
                if (side == 0) {
                    row.origin = {x0 + kSideMarginM + layout.racksPerRow * kRackWidthM, pairY + kRackDepthM};
                    row.orientationDeg = 180;
                } else {
                    row.origin = {x0 + kSideMarginM, pairY + kRackDepthM + kAisleM};
                    row.orientationDeg = 0;
                }
                row.coldAisle = AisleSide::Front;
                row.containment = draws.chance(0.6) ? Containment::ColdAisle : Containment::None;
                model.rows.push_back(row);

                const double designKw = draws.weighted(kRowKw);
                const double maxWeightKg = draws.weighted(kRowWeightKg);
                const int heightU = draws.weighted(kRowHeightU);
                const int inRow = std::min(layout.racksPerRow, racksPerHall - r * layout.racksPerRow);
                const int digits = inRow >= 100 ? 3 : 2;
                for (int k = 0; k < inRow; ++k) {
                    Rack rack;
                    rack.id = Id(model.racks.size()) + 1;
                    rack.rowId = row.id;
                    rack.name = row.name + QStringLiteral("%1").arg(k + 1, digits, 10, QLatin1Char('0'));
                    rack.offsetMm = k * kRackWidthM * 1000;
                    rack.widthMm = kRackWidthM * 1000;
                    rack.depthMm = kRackDepthM * 1000;
                    rack.heightU = heightU;
                    rack.maxWeightKg = maxWeightKg;
                    // A few positions are lost to building columns and pipe runs.
                    if (draws.chance(0.02)) {
                        rack.state = RackState::Blocked;
                        rack.designKw = 0;
                    } else {
                        rack.designKw = designKw;
                        rack.feedAPduId = pduA;
                        rack.feedBPduId = pduA + 1;
                    }
                    pairKw += rack.designKw;
                    model.racks.push_back(rack);
                }
            }
            // Each path carries the whole pair in 2N.
            model.pdus[std::size_t(pduA - 1)].breakerA = breakerFor(pairKw);
            model.pdus[std::size_t(pduA)].breakerA = breakerFor(pairKw);
        }
    }
}

double hallDesignKw(const SiteModel &model, Id hallId)
{
    double kw = 0;
    for (const Rack &rack : model.racks)
        if (model.hallOfRack(rack) == hallId)
            kw += rack.designKw;
    return kw;
}

// Plant sized for the racks' design load: 2N UPS per hall, N+1 CRAHs per hall, site-wide 2N
// transformers, N+1 generators and N+1 chillers.
void addPlant(SiteModel &model)
{
    double itKw = 0;
    for (const Hall &hall : model.halls) {
        const double kw = hallDesignKw(model, hall.id);
        itKw += kw;

        UpsGroup ups;
        ups.id = hall.id;
        ups.name = plain("UPS %1").arg(hall.name);
        ups.moduleKw = kUpsModuleKw;
        ups.moduleCount = 2 * unitsFor(kw, kUpsModuleKw);
        ups.redundancy = Redundancy::TwoN;
        ups.efficiency = kUpsEfficiency;
        model.upsGroups.push_back(ups);

        CrahGroup crah;
        crah.id = hall.id;
        crah.hallId = hall.id;
        crah.name = plain("CRAH %1").arg(hall.name);
        crah.unitKw = kCrahKw;
        crah.count = unitsFor(kw, kCrahKw) + 1;
        crah.redundancy = Redundancy::NPlus1;
        model.crahs.push_back(crah);
    }

    model.site.auxiliaryKw = std::max(20.0, std::round(itKw * 0.01));
    const double facilityKw = itKw / kUpsEfficiency + itKw / kChillerCop + model.site.auxiliaryKw;
    const double facilityKva = facilityKw / kPowerFactor;

    const double feedKva = std::ceil(facilityKva / 1000) * 1000;
    model.utilityFeeds.push_back({1, plain("Utility feed 1"), feedKva});
    model.utilityFeeds.push_back({2, plain("Utility feed 2"), feedKva});

    TransformerGroup transformers;
    transformers.id = 1;
    transformers.name = plain("Transformers");
    transformers.unitKva = kTransformerKva;
    transformers.count = 2 * unitsFor(facilityKva, kTransformerKva);
    transformers.redundancy = Redundancy::TwoN;
    transformers.efficiency = 0.985;
    model.transformers.push_back(transformers);

    GeneratorGroup generators;
    generators.id = 1;
    generators.name = plain("Generators");
    generators.unitKva = kGeneratorKva;
    generators.count = unitsFor(facilityKw, kGeneratorKva * kGeneratorPowerFactor) + 1;
    generators.powerFactor = kGeneratorPowerFactor;
    generators.redundancy = Redundancy::NPlus1;
    model.generators.push_back(generators);

    ChillerGroup chillers;
    chillers.id = 1;
    chillers.name = plain("Chillers");
    chillers.unitRatedKw = kChillerKw;
    chillers.ratedAmbientC = 35;
    chillers.deratePctPerC = 1.2;
    chillers.cop = kChillerCop;
    chillers.count = unitsFor(itKw * 1.05, kChillerKw) + 1;   // IT heat plus fans and lighting
    chillers.redundancy = Redundancy::NPlus1;
    model.chillers.push_back(chillers);
}

} // namespace

SiteModel generateSyntheticSite(const SyntheticSiteSpec &spec)
{
    Draws draws(spec.seed);
    SiteModel model;
    model.site.name = plain("Synthetic site (seed %1)").arg(spec.seed);
    model.site.location = plain("Synthetic");
    model.site.currency = QStringLiteral("XOF");
    model.site.designAmbientC = 35;
    model.site.loadPowerFactor = kPowerFactor;
    model.site.notes = plain("Generated for tests and benchmarks: %1 halls × %2 rack positions, %3 tenants, seed %4. "
                          "Not a real site.")
                           .arg(spec.halls)
                           .arg(spec.racksPerHall)
                           .arg(spec.tenants)
                           .arg(spec.seed);

    addHalls(model, spec, draws);
    addPlant(model);
    synthetic::addTenants(model, std::max(0, spec.tenants), draws);

    // Halls take about a quarter of the plot; the rest is plant yard, offices and roads.
    const HallLayout layout = layoutFor(std::max(0, spec.racksPerHall));
    const double hallsM2 = double(model.halls.size()) * layout.widthM * layout.depthM;
    model.site.landAreaM2 = std::max(2000.0, std::ceil(hallsM2 * 4 / 100) * 100);
    return model;
}

} // namespace hectare
