#include "model_writer.h"

#include "failure_scenario_store.h"
#include "quote_store.h"
#include "scenario_store.h"
#include "sqlite_connection.h"
#include "statement.h"
#include "table_columns.h"

#include <QCoreApplication>

namespace hectare {
namespace {

void bindTenant(Statement &s, const Tenant &t)
{
    s.bind(1, qint64(t.id)).bind(2, t.name).bind(3, t.sector).bind(4, t.contact);
}

void bindContract(Statement &s, const Contract &c)
{
    s.bind(1, qint64(c.id)).bind(2, qint64(c.tenantId)).bindId(3, c.hallId).bind(4, c.racks);
    s.bind(5, c.cageM2).bind(6, c.committedKw).bind(7, c.rampStartPct).bind(8, c.rampMonths);
    s.bind(9, c.drawRatio).bindDate(10, c.start).bindDate(11, c.end).bind(12, toKey(c.status));
}

const QString kInsertTenant = QStringLiteral("INSERT INTO tenant (id, name, sector, contact) VALUES (?1, ?2, ?3, ?4)");
const QString kInsertContract = QStringLiteral(
    "INSERT INTO contract (id, tenant_id, hall_id, racks, cage_m2, committed_kw, ramp_start_pct, ramp_months, "
    "draw_ratio, start_date, end_date, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");

// Fuel tanks, switchgear, pumps and reliability overrides (schema 6).
Status insertTopology(SqliteConnection &db, const SiteModel &m)
{
    Status status = writeAll(db, QStringLiteral("INSERT INTO fuel_tank (id, name, litres, refuel_lead_hours) "
                                                "VALUES (?1, ?2, ?3, ?4)"),
                             m.fuelTanks, QStringLiteral("fuel tank"), [](Statement &s, const FuelTank &t) {
                                 s.bind(1, qint64(t.id)).bind(2, t.name).bind(3, t.litres).bind(4, t.refuelLeadHours);
                             });
    if (!status) return status;
    status = writeAll(db, QStringLiteral("INSERT INTO switchgear (id, name, kind, path, count, redundancy, rated_kw) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
                      m.switchgear, QStringLiteral("switchgear"), [](Statement &s, const Switchgear &g) {
                          s.bind(1, qint64(g.id)).bind(2, g.name).bind(3, toKey(g.kind)).bind(4, toKey(g.path));
                          s.bind(5, g.count).bind(6, toKey(g.redundancy)).bind(7, g.ratedKw);
                      });
    if (!status) return status;
    status = writeAll(db, QStringLiteral("INSERT INTO pump_group (id, name, unit_kw, count, redundancy) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5)"),
                      m.pumps, QStringLiteral("pump group"), [](Statement &s, const PumpGroup &p) {
                          s.bind(1, qint64(p.id)).bind(2, p.name).bind(3, p.unitKw).bind(4, p.count);
                          s.bind(5, toKey(p.redundancy));
                      });
    if (!status) return status;
    // Keyed by (kind, component id), not by an id of its own: written here rather than by writeAll().
    Statement s = db.prepare(QStringLiteral("INSERT INTO component_reliability (kind, component_id, mtbf_hours, "
                                            "mttr_hours) VALUES (?1, ?2, ?3, ?4)"));
    for (const ComponentReliability &c : m.componentReliability) {
        s.reset();
        s.bind(1, c.kind).bind(2, qint64(c.componentId)).bind(3, c.mtbfHours).bind(4, c.mttrHours);
        if (!s.run())
            return writeError(db, QStringLiteral("component reliability %1 %2").arg(c.kind).arg(c.componentId));
    }
    return {};
}

} // namespace

Status updateSite(SqliteConnection &db, const Site &site)
{
    Statement s = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO site (id, name, location, land_area_m2, currency, design_ambient_c, auxiliary_kw, "
        "load_power_factor, cold_aisle_min_m, hot_aisle_min_m, service_min_m, wall_min_m, notes, "
        "grid_outages_per_year, grid_outage_mean_hours, grid_outage_tail_share, grid_outage_tail_mean_hours) "
        "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"));
    s.bind(1, site.name).bind(2, site.location).bind(3, site.landAreaM2).bind(4, site.currency);
    s.bind(5, site.designAmbientC).bind(6, site.auxiliaryKw).bind(7, site.loadPowerFactor);
    const ClearanceRules &c = site.clearance;
    s.bind(8, c.coldAisleMinM).bind(9, c.hotAisleMinM).bind(10, c.serviceMinM).bind(11, c.wallMinM);
    s.bind(12, site.notes);
    s.bind(13, site.grid.outagesPerYear).bind(14, site.grid.meanHours).bind(15, site.grid.tailShare);
    s.bind(16, site.grid.tailMeanHours);
    return s.run() ? Status() : writeError(db, QStringLiteral("site"));
}

Status updateRack(SqliteConnection &db, const Rack &rack)
{
    Statement s = db.prepare(updateSql(rackColumns()));
    rackColumns().bind(s, rack);
    return runOne(db, s, QStringLiteral("rack ") + QString::number(rack.id));
}

Status insertTenant(SqliteConnection &db, const Tenant &tenant)
{
    Statement s = db.prepare(kInsertTenant);
    bindTenant(s, tenant);
    return runOne(db, s, QStringLiteral("tenant ") + QString::number(tenant.id));
}

Status updateTenant(SqliteConnection &db, const Tenant &tenant)
{
    Statement s = db.prepare(QStringLiteral("UPDATE tenant SET name = ?2, sector = ?3, contact = ?4 WHERE id = ?1"));
    bindTenant(s, tenant);
    return runOne(db, s, QStringLiteral("tenant ") + QString::number(tenant.id));
}

Status deleteTenant(SqliteConnection &db, Id tenantId)
{
    // Racks keep their tenant reference: say so plainly rather than fail on the foreign key.
    Statement held = db.prepare(QStringLiteral("SELECT count(*), (SELECT name FROM tenant WHERE id = ?1) "
                                               "FROM rack WHERE tenant_id = ?1"));
    held.bind(1, qint64(tenantId));
    const int heldCount = held.step() == Statement::StepResult::Row ? int(held.columnInt64(0)) : 0;
    if (heldCount > 0) {
        const QString where = QCoreApplication::translate("hectare::Document", "Tenant \"%1\"").arg(held.columnText(1));
        return Error{where, QCoreApplication::translate("hectare::Document",
                                                        "still holds %n rack position(s); release them first",
                                                        nullptr, heldCount)};
    }
    Statement s = db.prepare(QStringLiteral("DELETE FROM tenant WHERE id = ?1"));
    s.bind(1, qint64(tenantId));
    return runOne(db, s, QStringLiteral("tenant ") + QString::number(tenantId));
}

Status insertContract(SqliteConnection &db, const Contract &contract)
{
    Statement s = db.prepare(kInsertContract);
    bindContract(s, contract);
    return runOne(db, s, QStringLiteral("contract ") + QString::number(contract.id));
}

Status updateContract(SqliteConnection &db, const Contract &contract)
{
    Statement s = db.prepare(QStringLiteral(
        "UPDATE contract SET tenant_id = ?2, hall_id = ?3, racks = ?4, cage_m2 = ?5, committed_kw = ?6, "
        "ramp_start_pct = ?7, ramp_months = ?8, draw_ratio = ?9, start_date = ?10, end_date = ?11, status = ?12 "
        "WHERE id = ?1"));
    bindContract(s, contract);
    return runOne(db, s, QStringLiteral("contract ") + QString::number(contract.id));
}

Status deleteContract(SqliteConnection &db, Id contractId)
{
    Statement s = db.prepare(QStringLiteral("DELETE FROM contract WHERE id = ?1"));
    s.bind(1, qint64(contractId));
    return runOne(db, s, QStringLiteral("contract ") + QString::number(contractId));
}

Status updatePriceBook(SqliteConnection &db, const PriceBook &book)
{
    Statement s = db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO price_book (id, currency, vat_bp, escalator_bp, validity_days, illustrative, notes, "
        "renewal_months, notice_months) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    s.bind(1, book.currency).bind(2, book.vatBasisPoints).bind(3, book.escalatorBasisPoints);
    s.bind(4, book.validityDays).bind(5, book.illustrative ? 1 : 0).bind(6, book.notes);
    s.bind(7, book.renewalMonths).bind(8, book.noticeMonths);
    if (!s.run())
        return writeError(db, QStringLiteral("price book"));
    // Replaced rather than diffed: a book is a few dozen rows, and ids and months are kept.
    Status status = db.exec(QStringLiteral("DELETE FROM price_item; DELETE FROM term_discount;"));
    if (!status) return status;
    status = writeAll(db, insertSql(priceItemColumns()), book.items, priceItemColumns());
    if (!status) return status;
    Statement d = db.prepare(QStringLiteral("INSERT INTO term_discount (months, basis_points) VALUES (?1, ?2)"));
    for (const PriceTermDiscount &discount : book.termDiscounts) {
        d.reset();
        d.bind(1, discount.months).bind(2, discount.basisPoints);
        if (!d.run())
            return writeError(db, QStringLiteral("term discount ") + QString::number(discount.months));
    }
    return {};
}

Status insertModel(SqliteConnection &db, const SiteModel &m)
{
    // Parents before children, so foreign keys hold at every step.
    Status status = updateSite(db, m.site);
    if (!status) return status;
    status = writeAll(db, QStringLiteral("INSERT INTO building (id, name) VALUES (?1, ?2)"), m.buildings,
                      QStringLiteral("building"), [](Statement &s, const Building &b) {
                          s.bind(1, qint64(b.id)).bind(2, b.name);
                      });
    if (!status) return status;
    status = writeAll(db, insertSql(hallColumns()), m.halls, hallColumns());
    if (!status) return status;
    status = writeAll(db, insertSql(rowColumns()), m.rows, rowColumns());
    if (!status) return status;
    status = writeAll(db, kInsertTenant, m.tenants, QStringLiteral("tenant"), bindTenant);
    if (!status) return status;
    status = writeAll(db, QStringLiteral("INSERT INTO ups_group (id, name, module_kw, module_count, redundancy, "
                                         "efficiency, battery_minutes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
                      m.upsGroups, QStringLiteral("UPS group"), [](Statement &s, const UpsGroup &u) {
                          s.bind(1, qint64(u.id)).bind(2, u.name).bind(3, u.moduleKw).bind(4, u.moduleCount);
                          s.bind(5, toKey(u.redundancy)).bind(6, u.efficiency).bind(7, u.batteryMinutes);
                      });
    if (!status) return status;
    status = writeAll(db, QStringLiteral("INSERT INTO pdu (id, hall_id, ups_group_id, name, path, breaker_a, "
                                         "voltage_v, phases) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
                      m.pdus, QStringLiteral("PDU"), [](Statement &s, const Pdu &p) {
                          s.bind(1, qint64(p.id)).bind(2, qint64(p.hallId)).bindId(3, p.upsGroupId).bind(4, p.name);
                          s.bind(5, toKey(p.path)).bind(6, p.breakerA).bind(7, p.voltageV).bind(8, p.phases);
                      });
    if (!status) return status;
    status = writeAll(db, insertSql(rackColumns()), m.racks, rackColumns());
    if (!status) return status;
    status = writeAll(db, insertSql(obstacleColumns()), m.obstacles, obstacleColumns());
    if (!status) return status;
    status = writeAll(db, kInsertContract, m.contracts, QStringLiteral("contract"), bindContract);
    if (!status) return status;
    status = writeAll(db, insertSql(cageColumns()), m.cages, cageColumns());
    if (!status) return status;
    status = writeAll(db, QStringLiteral("INSERT INTO utility_feed (id, name, kva) VALUES (?1, ?2, ?3)"),
                      m.utilityFeeds, QStringLiteral("utility feed"), [](Statement &s, const UtilityFeed &u) {
                          s.bind(1, qint64(u.id)).bind(2, u.name).bind(3, u.kva);
                      });
    if (!status) return status;
    status = writeAll(db, QStringLiteral("INSERT INTO transformer_group (id, name, unit_kva, count, redundancy, "
                                         "efficiency, path) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"),
                      m.transformers, QStringLiteral("transformer group"), [](Statement &s, const TransformerGroup &t) {
                          s.bind(1, qint64(t.id)).bind(2, t.name).bind(3, t.unitKva).bind(4, t.count);
                          s.bind(5, toKey(t.redundancy)).bind(6, t.efficiency).bind(7, toKey(t.path));
                      });
    if (!status) return status;
    status = writeAll(db, QStringLiteral("INSERT INTO generator_group (id, name, unit_kva, count, power_factor, "
                                         "redundancy, fail_to_start, start_seconds, fuel_lph_25, fuel_lph_50, "
                                         "fuel_lph_75, fuel_lph_100) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"),
                      m.generators, QStringLiteral("generator group"), [](Statement &s, const GeneratorGroup &g) {
                          s.bind(1, qint64(g.id)).bind(2, g.name).bind(3, g.unitKva).bind(4, g.count);
                          s.bind(5, g.powerFactor).bind(6, toKey(g.redundancy)).bind(7, g.failToStart);
                          s.bind(8, g.startSeconds).bind(9, g.fuelLph25).bind(10, g.fuelLph50);
                          s.bind(11, g.fuelLph75).bind(12, g.fuelLph100);
                      });
    if (!status) return status;
    status = writeAll(db, QStringLiteral("INSERT INTO chiller_group (id, name, unit_rated_kw, rated_ambient_c, "
                                         "derate_pct_per_c, cop, count, redundancy) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"),
                      m.chillers, QStringLiteral("chiller group"), [](Statement &s, const ChillerGroup &c) {
                          s.bind(1, qint64(c.id)).bind(2, c.name).bind(3, c.unitRatedKw).bind(4, c.ratedAmbientC);
                          s.bind(5, c.deratePctPerC).bind(6, c.cop).bind(7, c.count).bind(8, toKey(c.redundancy));
                      });
    if (!status) return status;
    status = writeAll(db, QStringLiteral("INSERT INTO crah_group (id, hall_id, name, unit_kw, count, redundancy) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
                      m.crahs, QStringLiteral("CRAH group"), [](Statement &s, const CrahGroup &c) {
                          s.bind(1, qint64(c.id)).bind(2, qint64(c.hallId)).bind(3, c.name).bind(4, c.unitKw);
                          s.bind(5, c.count).bind(6, toKey(c.redundancy));
                      });
    if (!status) return status;
    status = insertTopology(db, m);
    if (!status) return status;
    status = insertFailureScenarios(db, m.failureScenarios);
    if (!status) return status;
    status = updatePriceBook(db, m.priceBook);
    if (!status) return status;
    status = insertScenarios(db, m.scenarios);
    if (!status) return status;
    for (const Quote &quote : m.quotes) {
        status = writeQuote(db, quote);
        if (!status) return status;
    }
    return {};
}

} // namespace hectare
