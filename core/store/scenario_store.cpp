#include "scenario_store.h"

#include "sqlite_connection.h"
#include "statement.h"

#include <QCoreApplication>
#include <QHash>

namespace hectare {
namespace {

const QString kScenarioColumns = QStringLiteral(
    "name, notes, start_date, horizon_months, growth_pct_per_year, non_renewal_probability, early_exit_per_year, "
    "new_rack_design_kw, density_growth_pct_per_year, decision_risk, default_lead_time_months");
const QString kGrowthColumns = QStringLiteral("scenario_id, tenant_id, growth_pct_per_year");
const QString kProspectColumns = QStringLiteral(
    "scenario_id, name, hall_id, racks, committed_kw, dual_corded, probability, sign_month, sign_spread_months, "
    "ramp_start_pct, ramp_months, draw_ratio");
const QString kExpansionColumns = QStringLiteral(
    "scenario_id, name, kind, hall_id, positions, power_kw, cooling_kw, generator_kva, capex_xof, lead_time_months, "
    "online_month");

// "INSERT INTO table (id, columns) VALUES (?1, …, ?n+1)" for n named columns.
QString insertSql(const QString &table, const QString &columns)
{
    const int count = int(columns.count(QLatin1Char(','))) + 2;
    QStringList parameters;
    for (int i = 1; i <= count; ++i)
        parameters << QStringLiteral("?%1").arg(i);
    return QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)").arg(table, columns, parameters.join(u", "));
}

Error writeError(SqliteConnection &db, const QString &what)
{
    return Error{what, QCoreApplication::translate("hectare::Document", "could not be written: %1")
                           .arg(db.lastErrorMessage())};
}

Error readError(SqliteConnection &db) { return Error{QString(), db.lastErrorMessage()}; }

QString scenarioWhat(Id id) { return QStringLiteral("scenario ") + QString::number(id); }

void bindScenario(Statement &s, const Scenario &c)
{
    s.bind(1, qint64(c.id)).bind(2, c.name).bind(3, c.notes).bindDate(4, c.start).bind(5, c.horizonMonths);
    s.bind(6, c.growthPctPerYear).bind(7, c.nonRenewalProbability).bind(8, c.earlyExitPerYear);
    s.bind(9, c.newRackDesignKw).bind(10, c.densityGrowthPctPerYear).bind(11, c.decisionRisk);
    s.bind(12, c.defaultLeadTimeMonths);
}

// Inserts one row per child, preparing the statement once.
template<typename T, typename Bind>
Status insertChildren(SqliteConnection &db, const QString &table, const QString &columns, Id scenarioId,
                      const std::vector<T> &items, Bind bindRow)
{
    if (items.empty())
        return {};
    Statement s = db.prepare(insertSql(table, columns));
    if (!s.isValid())
        return writeError(db, table);
    for (const T &item : items) {
        s.reset();
        s.bind(1, qint64(item.id)).bind(2, qint64(scenarioId));
        bindRow(s, item);
        if (!s.run())
            return writeError(db, table + u' ' + QString::number(item.id));
    }
    return {};
}

Status insertChildrenOf(SqliteConnection &db, const Scenario &c)
{
    Status status = insertChildren(db, QStringLiteral("scenario_tenant_growth"), kGrowthColumns, c.id, c.tenantGrowth,
                                   [](Statement &s, const TenantGrowth &g) {
                                       s.bind(3, qint64(g.tenantId)).bind(4, g.growthPctPerYear);
                                   });
    if (!status)
        return status;
    status = insertChildren(db, QStringLiteral("scenario_prospect"), kProspectColumns, c.id, c.prospects,
                            [](Statement &s, const Prospect &p) {
                                s.bind(3, p.name).bindId(4, p.hallId).bind(5, p.racks).bind(6, p.committedKw);
                                s.bind(7, qint64(p.dualCorded ? 1 : 0)).bind(8, p.probability).bind(9, p.signMonth);
                                s.bind(10, p.signSpreadMonths).bind(11, p.rampStartPct).bind(12, p.rampMonths);
                                s.bind(13, p.drawRatio);
                            });
    if (!status)
        return status;
    return insertChildren(db, QStringLiteral("scenario_expansion"), kExpansionColumns, c.id, c.expansions,
                          [](Statement &s, const Expansion &e) {
                              s.bind(3, e.name).bind(4, toKey(e.kind)).bindId(5, e.hallId).bind(6, e.positions);
                              s.bind(7, e.powerKw).bind(8, e.coolingKw).bind(9, e.generatorKva);
                              s.bind(10, e.capexXof).bind(11, e.leadTimeMonths);
                              if (e.onlineMonth)
                                  s.bind(12, *e.onlineMonth);
                              else
                                  s.bindNull(12);
                          });
}

Status deleteChildrenOf(SqliteConnection &db, Id scenarioId)
{
    for (const char *table : {"scenario_tenant_growth", "scenario_prospect", "scenario_expansion"}) {
        Statement s = db.prepare(QStringLiteral("DELETE FROM %1 WHERE scenario_id = ?1").arg(QLatin1String(table)));
        s.bind(1, qint64(scenarioId));
        if (!s.run())
            return writeError(db, scenarioWhat(scenarioId));
    }
    return {};
}

// Reads the rows of one child table and hands each, with its scenario, to readRow.
template<typename ReadRow>
Status readChildren(SqliteConnection &db, const QString &table, const QString &columns,
                    std::vector<Scenario> &scenarios, const QHash<Id, int> &index, ReadRow readRow)
{
    Statement s = db.prepare(QStringLiteral("SELECT id, %1 FROM %2 ORDER BY id").arg(columns, table));
    if (!s.isValid())
        return readError(db);
    Statement::StepResult step;
    while ((step = s.step()) == Statement::StepResult::Row) {
        const auto it = index.constFind(s.columnInt64(1));
        if (it == index.constEnd())
            return Error{table + u' ' + QString::number(s.columnInt64(0)),
                         QCoreApplication::translate("hectare::Document", "stored value of %1 cannot be read")
                             .arg(QStringLiteral("scenario_id"))};
        if (Status status = readRow(s, scenarios[std::size_t(it.value())]); !status)
            return status;
    }
    return step == Statement::StepResult::Error ? Status(readError(db)) : Status();
}

} // namespace

Status readScenarios(SqliteConnection &db, std::vector<Scenario> &out)
{
    Statement s = db.prepare(QStringLiteral("SELECT id, %1 FROM scenario ORDER BY id").arg(kScenarioColumns));
    if (!s.isValid())
        return readError(db);
    QHash<Id, int> index;
    Statement::StepResult step;
    while ((step = s.step()) == Statement::StepResult::Row) {
        Scenario c;
        c.id = s.columnInt64(0);
        c.name = s.columnText(1);
        c.notes = s.columnText(2);
        c.start = s.columnDate(3);
        c.horizonMonths = s.columnInt(4);
        c.growthPctPerYear = s.columnDouble(5);
        c.nonRenewalProbability = s.columnDouble(6);
        c.earlyExitPerYear = s.columnDouble(7);
        c.newRackDesignKw = s.columnDouble(8);
        c.densityGrowthPctPerYear = s.columnDouble(9);
        c.decisionRisk = s.columnDouble(10);
        c.defaultLeadTimeMonths = s.columnInt(11);
        index.insert(c.id, int(out.size()));
        out.push_back(std::move(c));
    }
    if (step == Statement::StepResult::Error)
        return readError(db);

    Status status = readChildren(db, QStringLiteral("scenario_tenant_growth"), kGrowthColumns, out, index,
                                 [](Statement &r, Scenario &c) {
                                     c.tenantGrowth.push_back({r.columnInt64(0), r.columnInt64(2), r.columnDouble(3)});
                                     return Status();
                                 });
    if (!status)
        return status;
    status = readChildren(db, QStringLiteral("scenario_prospect"), kProspectColumns, out, index,
                          [](Statement &r, Scenario &c) {
                              Prospect p;
                              p.id = r.columnInt64(0);
                              p.name = r.columnText(2);
                              p.hallId = r.columnId(3);
                              p.racks = r.columnInt(4);
                              p.committedKw = r.columnDouble(5);
                              p.dualCorded = r.columnInt(6) != 0;
                              p.probability = r.columnDouble(7);
                              p.signMonth = r.columnInt(8);
                              p.signSpreadMonths = r.columnInt(9);
                              p.rampStartPct = r.columnDouble(10);
                              p.rampMonths = r.columnInt(11);
                              p.drawRatio = r.columnDouble(12);
                              c.prospects.push_back(std::move(p));
                              return Status();
                          });
    if (!status)
        return status;
    return readChildren(db, QStringLiteral("scenario_expansion"), kExpansionColumns, out, index,
                        [](Statement &r, Scenario &c) -> Status {
                            Expansion e;
                            e.id = r.columnInt64(0);
                            e.name = r.columnText(2);
                            const std::optional<ExpansionKind> kind = expansionKindFromKey(r.columnText(3));
                            if (!kind)
                                return Error{QStringLiteral("scenario_expansion %1").arg(e.id),
                                             QCoreApplication::translate("hectare::Document",
                                                                         "stored value of %1 cannot be read")
                                                 .arg(QStringLiteral("kind"))};
                            e.kind = *kind;
                            e.hallId = r.columnId(4);
                            e.positions = r.columnInt(5);
                            e.powerKw = r.columnDouble(6);
                            e.coolingKw = r.columnDouble(7);
                            e.generatorKva = r.columnDouble(8);
                            e.capexXof = r.columnInt64(9);
                            e.leadTimeMonths = r.columnInt(10);
                            if (!r.isNull(11))
                                e.onlineMonth = r.columnInt(11);
                            c.expansions.push_back(std::move(e));
                            return {};
                        });
}

Status insertScenarios(SqliteConnection &db, const std::vector<Scenario> &scenarios)
{
    for (const Scenario &scenario : scenarios)
        if (Status status = insertScenario(db, scenario); !status)
            return status;
    return {};
}

Status insertScenario(SqliteConnection &db, const Scenario &scenario)
{
    Statement s = db.prepare(insertSql(QStringLiteral("scenario"), kScenarioColumns));
    bindScenario(s, scenario);
    if (!s.run())
        return writeError(db, scenarioWhat(scenario.id));
    return insertChildrenOf(db, scenario);
}

Status updateScenario(SqliteConnection &db, const Scenario &scenario)
{
    Statement s = db.prepare(QStringLiteral(
        "UPDATE scenario SET name = ?2, notes = ?3, start_date = ?4, horizon_months = ?5, growth_pct_per_year = ?6, "
        "non_renewal_probability = ?7, early_exit_per_year = ?8, new_rack_design_kw = ?9, "
        "density_growth_pct_per_year = ?10, decision_risk = ?11, default_lead_time_months = ?12 WHERE id = ?1"));
    bindScenario(s, scenario);
    if (!s.run())
        return writeError(db, scenarioWhat(scenario.id));
    if (db.queryInt(QStringLiteral("SELECT changes()")).value() != 1)
        return Error{scenarioWhat(scenario.id), QCoreApplication::translate("hectare::Document", "does not exist")};
    Status status = deleteChildrenOf(db, scenario.id);
    return status ? insertChildrenOf(db, scenario) : status;
}

Status deleteScenario(SqliteConnection &db, Id scenarioId)
{
    // The children go by ON DELETE CASCADE when foreign keys are on (every document connection);
    // deleting them here as well keeps this right on a connection without them.
    if (Status status = deleteChildrenOf(db, scenarioId); !status)
        return status;
    Statement s = db.prepare(QStringLiteral("DELETE FROM scenario WHERE id = ?1"));
    s.bind(1, qint64(scenarioId));
    if (!s.run())
        return writeError(db, scenarioWhat(scenarioId));
    if (db.queryInt(QStringLiteral("SELECT changes()")).value() != 1)
        return Error{scenarioWhat(scenarioId), QCoreApplication::translate("hectare::Document", "does not exist")};
    return {};
}

} // namespace hectare
