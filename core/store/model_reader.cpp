#include "model_reader.h"

#include "failure_scenario_store.h"
#include "outline_text.h"
#include "quote_store.h"
#include "scenario_store.h"
#include "sqlite_connection.h"
#include "statement.h"

#include <QCoreApplication>

#include <optional>

namespace hectare {
namespace {

Error badValue(const QString &table, Id id, const QString &column)
{
    return Error{QStringLiteral("%1 %2").arg(table).arg(id),
                 QCoreApplication::translate("hectare::Document", "stored value of %1 cannot be read").arg(column)};
}

// Runs `sql` and calls readRow for each row; readRow returns false (after setting an error) to stop.
template<typename T, typename ReadRow>
Status readAll(SqliteConnection &db, const QString &sql, std::vector<T> &out, ReadRow readRow)
{
    Statement statement = db.prepare(sql);
    if (!statement.isValid())
        return Error{QString(), db.lastErrorMessage()};
    Statement::StepResult step;
    std::optional<Error> error;
    while ((step = statement.step()) == Statement::StepResult::Row) {
        T item;
        readRow(statement, item, error);
        if (error)
            return *error;
        out.push_back(std::move(item));
    }
    if (step == Statement::StepResult::Error)
        return Error{QString(), db.lastErrorMessage()};
    return {};
}

// Parses an enum key, recording an error naming the table, row and column if it is unknown.
template<typename E>
E parseKey(std::optional<E> parsed, const QString &table, Id id, const QString &column, std::optional<Error> &error)
{
    if (!parsed) {
        error = badValue(table, id, column);
        return E{};
    }
    return *parsed;
}

// Fuel tanks, switchgear, pumps and reliability overrides (schema 6).
Status readTopology(SqliteConnection &db, SiteModel &m)
{
    Status status = readAll(db, QStringLiteral("SELECT id, name, litres, refuel_lead_hours FROM fuel_tank ORDER BY id"),
                            m.fuelTanks, [](Statement &s, FuelTank &t, std::optional<Error> &) {
                                t = FuelTank{s.columnInt64(0), s.columnText(1), s.columnDouble(2), s.columnDouble(3)};
                            });
    if (!status) return status;
    status = readAll(db, QStringLiteral("SELECT id, name, kind, path, count, redundancy, rated_kw FROM switchgear "
                                        "ORDER BY id"),
                     m.switchgear, [](Statement &s, Switchgear &g, std::optional<Error> &error) {
                         g.id = s.columnInt64(0);
                         g.name = s.columnText(1);
                         g.kind = parseKey(switchgearKindFromKey(s.columnText(2)), QStringLiteral("switchgear"), g.id,
                                           QStringLiteral("kind"), error);
                         g.path = parseKey(feedPathFromKey(s.columnText(3)), QStringLiteral("switchgear"), g.id,
                                           QStringLiteral("path"), error);
                         g.count = s.columnInt(4);
                         g.redundancy = parseKey(redundancyFromKey(s.columnText(5)), QStringLiteral("switchgear"), g.id,
                                                 QStringLiteral("redundancy"), error);
                         g.ratedKw = s.columnDouble(6);
                     });
    if (!status) return status;
    status = readAll(db, QStringLiteral("SELECT id, name, unit_kw, count, redundancy FROM pump_group ORDER BY id"),
                     m.pumps, [](Statement &s, PumpGroup &p, std::optional<Error> &error) {
                         p.id = s.columnInt64(0);
                         p.name = s.columnText(1);
                         p.unitKw = s.columnDouble(2);
                         p.count = s.columnInt(3);
                         p.redundancy = parseKey(redundancyFromKey(s.columnText(4)), QStringLiteral("pump group"), p.id,
                                                 QStringLiteral("redundancy"), error);
                     });
    if (!status) return status;
    return readAll(db, QStringLiteral("SELECT kind, component_id, mtbf_hours, mttr_hours FROM component_reliability "
                                      "ORDER BY kind, component_id"),
                   m.componentReliability, [](Statement &s, ComponentReliability &c, std::optional<Error> &) {
                       c = ComponentReliability{s.columnText(0), s.columnInt64(1), s.columnDouble(2), s.columnDouble(3)};
                   });
}

Status readPriceBook(SqliteConnection &db, PriceBook &book)
{
    {
        Statement s = db.prepare(QStringLiteral("SELECT currency, vat_bp, escalator_bp, validity_days, illustrative, "
                                                "notes, renewal_months, notice_months FROM price_book WHERE id = 1"));
        if (s.step() != Statement::StepResult::Row)
            return Error{QStringLiteral("price book"), QCoreApplication::translate("hectare::Document", "is missing")};
        book.currency = s.columnText(0);
        book.vatBasisPoints = s.columnInt(1);
        book.escalatorBasisPoints = s.columnInt(2);
        book.validityDays = s.columnInt(3);
        book.illustrative = s.columnInt(4) != 0;
        book.notes = s.columnText(5);
        book.renewalMonths = s.columnInt(6);
        book.noticeMonths = s.columnInt(7);
    }
    Status status = readAll(db, QStringLiteral("SELECT id, key, name, kind, unit, unit_price, density_band_min_kw, "
                                               "density_band_max_kw FROM price_item ORDER BY id"),
                            book.items, [](Statement &s, PriceItem &i, std::optional<Error> &error) {
                                i.id = s.columnInt64(0);
                                i.key = s.columnText(1);
                                i.name = s.columnText(2);
                                i.kind = parseKey(priceKindFromKey(s.columnText(3)), QStringLiteral("price item"),
                                                  i.id, QStringLiteral("kind"), error);
                                i.unit = parseKey(priceUnitFromKey(s.columnText(4)), QStringLiteral("price item"),
                                                  i.id, QStringLiteral("unit"), error);
                                i.unitPrice = s.columnInt64(5);
                                i.densityBandMinKw = s.columnDouble(6);
                                i.densityBandMaxKw = s.columnDouble(7);
                            });
    if (!status) return status;
    return readAll(db, QStringLiteral("SELECT months, basis_points FROM term_discount ORDER BY months"),
                   book.termDiscounts, [](Statement &s, PriceTermDiscount &d, std::optional<Error> &) {
                       d = PriceTermDiscount{s.columnInt(0), s.columnInt(1)};
                   });
}

} // namespace

Result<SiteModel> readModel(SqliteConnection &db)
{
    SiteModel m;
    {
        Statement s = db.prepare(QStringLiteral("SELECT name, location, land_area_m2, currency, design_ambient_c, "
                                                "auxiliary_kw, load_power_factor, notes, cold_aisle_min_m, "
                                                "hot_aisle_min_m, service_min_m, wall_min_m, grid_outages_per_year, "
                                                "grid_outage_mean_hours, grid_outage_tail_share, "
                                                "grid_outage_tail_mean_hours FROM site WHERE id = 1"));
        if (s.step() != Statement::StepResult::Row)
            return Error{QStringLiteral("site"), QCoreApplication::translate("hectare::Document", "is missing")};
        Site &site = m.site;
        site.name = s.columnText(0);
        site.location = s.columnText(1);
        site.landAreaM2 = s.columnDouble(2);
        site.currency = s.columnText(3);
        site.designAmbientC = s.columnDouble(4);
        site.auxiliaryKw = s.columnDouble(5);
        site.loadPowerFactor = s.columnDouble(6);
        site.notes = s.columnText(7);
        site.clearance = ClearanceRules{s.columnDouble(8), s.columnDouble(9), s.columnDouble(10), s.columnDouble(11)};
        site.grid = GridOutageProfile{s.columnDouble(12), s.columnDouble(13), s.columnDouble(14), s.columnDouble(15)};
    }
    Status status = readAll(db, QStringLiteral("SELECT id, name FROM building ORDER BY id"), m.buildings,
                            [](Statement &s, Building &b, std::optional<Error> &) {
                                b = Building{s.columnInt64(0), s.columnText(1)};
                            });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, building_id, name, outline_json, tile_m, floor_load_kg_per_m2, "
                                        "ceiling_height_m, status, commissioned, thermal_mass_kj_per_k, "
                                        "inlet_limit_rise_k FROM hall ORDER BY id"),
                     m.halls, [](Statement &s, Hall &h, std::optional<Error> &error) {
                         h.id = s.columnInt64(0);
                         h.buildingId = s.columnId(1);
                         h.name = s.columnText(2);
                         const auto outline = outlineFromText(s.columnText(3));
                         if (!outline)
                             error = badValue(QStringLiteral("hall"), h.id, QStringLiteral("outline_json"));
                         else
                             h.outline = *outline;
                         h.tileM = s.columnDouble(4);
                         h.floorLoadKgPerM2 = s.columnDouble(5);
                         h.ceilingHeightM = s.columnDouble(6);
                         h.status = parseKey(hallStatusFromKey(s.columnText(7)), QStringLiteral("hall"), h.id,
                                             QStringLiteral("status"), error);
                         h.commissioned = s.columnDate(8);
                         h.thermalMassKjPerK = s.columnDouble(9);
                         h.inletLimitRiseK = s.columnDouble(10);
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, hall_id, name, origin_x_m, origin_y_m, orientation_deg, "
                                        "cold_aisle, containment FROM hall_row ORDER BY id"),
                     m.rows, [](Statement &s, Row &r, std::optional<Error> &error) {
                         r.id = s.columnInt64(0);
                         r.hallId = s.columnInt64(1);
                         r.name = s.columnText(2);
                         r.origin = {s.columnDouble(3), s.columnDouble(4)};
                         r.orientationDeg = s.columnDouble(5);
                         r.coldAisle = parseKey(aisleSideFromKey(s.columnText(6)), QStringLiteral("row"), r.id,
                                                QStringLiteral("cold_aisle"), error);
                         r.containment = parseKey(containmentFromKey(s.columnText(7)), QStringLiteral("row"), r.id,
                                                  QStringLiteral("containment"), error);
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, row_id, name, offset_mm, width_mm, depth_mm, height_u, design_kw, "
                                        "max_weight_kg, state, tenant_id, feed_a_pdu_id, feed_b_pdu_id "
                                        "FROM rack ORDER BY id"),
                     m.racks, [](Statement &s, Rack &r, std::optional<Error> &error) {
                         r.id = s.columnInt64(0);
                         r.rowId = s.columnInt64(1);
                         r.name = s.columnText(2);
                         r.offsetMm = s.columnDouble(3);
                         r.widthMm = s.columnDouble(4);
                         r.depthMm = s.columnDouble(5);
                         r.heightU = s.columnInt(6);
                         r.designKw = s.columnDouble(7);
                         r.maxWeightKg = s.columnDouble(8);
                         r.state = parseKey(rackStateFromKey(s.columnText(9)), QStringLiteral("rack"), r.id,
                                            QStringLiteral("state"), error);
                         r.tenantId = s.columnId(10);
                         r.feedAPduId = s.columnId(11);
                         r.feedBPduId = s.columnId(12);
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, hall_id, kind, name, centre_x_m, centre_y_m, width_m, depth_m, "
                                        "rotation_deg FROM hall_obstacle ORDER BY id"),
                     m.obstacles, [](Statement &s, Obstacle &o, std::optional<Error> &error) {
                         o.id = s.columnInt64(0);
                         o.hallId = s.columnInt64(1);
                         o.kind = parseKey(obstacleKindFromKey(s.columnText(2)), QStringLiteral("obstacle"), o.id,
                                           QStringLiteral("kind"), error);
                         o.name = s.columnText(3);
                         o.centre = {s.columnDouble(4), s.columnDouble(5)};
                         o.widthM = s.columnDouble(6);
                         o.depthM = s.columnDouble(7);
                         o.rotationDeg = s.columnDouble(8);
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, hall_id, tenant_id, name, outline_json FROM cage ORDER BY id"),
                     m.cages, [](Statement &s, Cage &c, std::optional<Error> &error) {
                         c.id = s.columnInt64(0);
                         c.hallId = s.columnInt64(1);
                         c.tenantId = s.columnInt64(2);
                         c.name = s.columnText(3);
                         const auto outline = outlineFromText(s.columnText(4));
                         if (!outline)
                             error = badValue(QStringLiteral("cage"), c.id, QStringLiteral("outline_json"));
                         else
                             c.outline = *outline;
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, name, sector, contact FROM tenant ORDER BY id"), m.tenants,
                     [](Statement &s, Tenant &t, std::optional<Error> &) {
                         t = Tenant{s.columnInt64(0), s.columnText(1), s.columnText(2), s.columnText(3)};
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, tenant_id, hall_id, racks, cage_m2, committed_kw, ramp_start_pct, "
                                        "ramp_months, draw_ratio, start_date, end_date, status "
                                        "FROM contract ORDER BY id"),
                     m.contracts, [](Statement &s, Contract &c, std::optional<Error> &error) {
                         c.id = s.columnInt64(0);
                         c.tenantId = s.columnInt64(1);
                         c.hallId = s.columnId(2);
                         c.racks = s.columnInt(3);
                         c.cageM2 = s.columnDouble(4);
                         c.committedKw = s.columnDouble(5);
                         c.rampStartPct = s.columnDouble(6);
                         c.rampMonths = s.columnInt(7);
                         c.drawRatio = s.columnDouble(8);
                         c.start = s.columnDate(9);
                         c.end = s.columnDate(10);
                         c.status = parseKey(contractStatusFromKey(s.columnText(11)), QStringLiteral("contract"), c.id,
                                             QStringLiteral("status"), error);
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, name, kva FROM utility_feed ORDER BY id"), m.utilityFeeds,
                     [](Statement &s, UtilityFeed &u, std::optional<Error> &) {
                         u = UtilityFeed{s.columnInt64(0), s.columnText(1), s.columnDouble(2)};
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, name, unit_kva, count, redundancy, efficiency, path "
                                        "FROM transformer_group ORDER BY id"),
                     m.transformers, [](Statement &s, TransformerGroup &t, std::optional<Error> &error) {
                         t.id = s.columnInt64(0);
                         t.name = s.columnText(1);
                         t.unitKva = s.columnDouble(2);
                         t.count = s.columnInt(3);
                         t.redundancy = parseKey(redundancyFromKey(s.columnText(4)), QStringLiteral("transformer group"),
                                                 t.id, QStringLiteral("redundancy"), error);
                         t.efficiency = s.columnDouble(5);
                         t.path = parseKey(feedPathFromKey(s.columnText(6)), QStringLiteral("transformer group"), t.id,
                                           QStringLiteral("path"), error);
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, name, unit_kva, count, power_factor, redundancy, fail_to_start, "
                                        "start_seconds, fuel_lph_25, fuel_lph_50, fuel_lph_75, fuel_lph_100 "
                                        "FROM generator_group ORDER BY id"),
                     m.generators, [](Statement &s, GeneratorGroup &g, std::optional<Error> &error) {
                         g.id = s.columnInt64(0);
                         g.name = s.columnText(1);
                         g.unitKva = s.columnDouble(2);
                         g.count = s.columnInt(3);
                         g.powerFactor = s.columnDouble(4);
                         g.redundancy = parseKey(redundancyFromKey(s.columnText(5)), QStringLiteral("generator group"),
                                                 g.id, QStringLiteral("redundancy"), error);
                         g.failToStart = s.columnDouble(6);
                         g.startSeconds = s.columnDouble(7);
                         g.fuelLph25 = s.columnDouble(8);
                         g.fuelLph50 = s.columnDouble(9);
                         g.fuelLph75 = s.columnDouble(10);
                         g.fuelLph100 = s.columnDouble(11);
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, name, module_kw, module_count, redundancy, efficiency, "
                                        "battery_minutes FROM ups_group ORDER BY id"),
                     m.upsGroups, [](Statement &s, UpsGroup &u, std::optional<Error> &error) {
                         u.id = s.columnInt64(0);
                         u.name = s.columnText(1);
                         u.moduleKw = s.columnDouble(2);
                         u.moduleCount = s.columnInt(3);
                         u.redundancy = parseKey(redundancyFromKey(s.columnText(4)), QStringLiteral("UPS group"), u.id,
                                                 QStringLiteral("redundancy"), error);
                         u.efficiency = s.columnDouble(5);
                         u.batteryMinutes = s.columnDouble(6);
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, hall_id, ups_group_id, name, path, breaker_a, voltage_v, phases "
                                        "FROM pdu ORDER BY id"),
                     m.pdus, [](Statement &s, Pdu &p, std::optional<Error> &error) {
                         p.id = s.columnInt64(0);
                         p.hallId = s.columnInt64(1);
                         p.upsGroupId = s.columnId(2);
                         p.name = s.columnText(3);
                         p.path = parseKey(feedPathFromKey(s.columnText(4)), QStringLiteral("PDU"), p.id,
                                           QStringLiteral("path"), error);
                         p.breakerA = s.columnDouble(5);
                         p.voltageV = s.columnDouble(6);
                         p.phases = s.columnInt(7);
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, name, unit_rated_kw, rated_ambient_c, derate_pct_per_c, cop, "
                                        "count, redundancy FROM chiller_group ORDER BY id"),
                     m.chillers, [](Statement &s, ChillerGroup &c, std::optional<Error> &error) {
                         c.id = s.columnInt64(0);
                         c.name = s.columnText(1);
                         c.unitRatedKw = s.columnDouble(2);
                         c.ratedAmbientC = s.columnDouble(3);
                         c.deratePctPerC = s.columnDouble(4);
                         c.cop = s.columnDouble(5);
                         c.count = s.columnInt(6);
                         c.redundancy = parseKey(redundancyFromKey(s.columnText(7)), QStringLiteral("chiller group"),
                                                 c.id, QStringLiteral("redundancy"), error);
                     });
    if (!status) return status.error();
    status = readAll(db, QStringLiteral("SELECT id, hall_id, name, unit_kw, count, redundancy FROM crah_group "
                                        "ORDER BY id"),
                     m.crahs, [](Statement &s, CrahGroup &c, std::optional<Error> &error) {
                         c.id = s.columnInt64(0);
                         c.hallId = s.columnInt64(1);
                         c.name = s.columnText(2);
                         c.unitKw = s.columnDouble(3);
                         c.count = s.columnInt(4);
                         c.redundancy = parseKey(redundancyFromKey(s.columnText(5)), QStringLiteral("CRAH group"), c.id,
                                                 QStringLiteral("redundancy"), error);
                     });
    if (!status) return status.error();
    status = readTopology(db, m);
    if (!status) return status.error();
    status = readFailureScenarios(db, m.failureScenarios);
    if (!status) return status.error();
    status = readPriceBook(db, m.priceBook);
    if (!status) return status.error();
    status = readScenarios(db, m.scenarios);
    if (!status) return status.error();
    status = readQuotes(db, m.quotes);
    if (!status) return status.error();
    return m;
}

} // namespace hectare
