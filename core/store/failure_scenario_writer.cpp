#include "failure_scenario_writer.h"

#include "failure_scenario_store.h"
#include "model_reader.h"
#include "sqlite_connection.h"
#include "statement.h"

#include "model/model_validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace hectare {
namespace {

QString scenarioWhat(Id id) { return QStringLiteral("failure scenario ") + QString::number(id); }

Error writeError(SqliteConnection &db, Id id)
{
    return Error{scenarioWhat(id), QCoreApplication::translate("hectare::Document", "could not be written: %1")
                                       .arg(db.lastErrorMessage())};
}


} // namespace

void putFailureScenario(SiteModel &model, const FailureScenarioSpec &scenario)
{
    std::vector<FailureScenarioSpec> &all = model.failureScenarios;
    const auto at = std::lower_bound(all.begin(), all.end(), scenario.id,
                                     [](const FailureScenarioSpec &s, Id id) { return s.id < id; });
    if (at != all.end() && at->id == scenario.id)
        *at = scenario;
    else
        all.insert(at, scenario);
}

bool removeFailureScenario(SiteModel &model, Id id)
{
    return std::erase_if(model.failureScenarios, [id](const FailureScenarioSpec &s) { return s.id == id; }) > 0;
}

Id nextFailureScenarioId(const SiteModel &model)
{
    Id next = 1;
    for (const FailureScenarioSpec &s : model.failureScenarios)
        next = std::max(next, s.id + 1);
    return next;
}

Status checkFailureScenario(const SiteModel &model, const FailureScenarioSpec &scenario)
{
    SiteModel edited = model;
    putFailureScenario(edited, scenario);
    // The rest of a document is valid (every change is validated), so the first error is this
    // scenario's.
    const std::vector<Error> errors = validateModel(edited, 1);
    if (!errors.empty())
        return errors.front();
    return {};
}

// The same kind keys and tables as the validator's componentOf (model_validator_failure_scenarios.cpp).
Status writeFailureScenario(SqliteConnection &db, const FailureScenarioSpec &scenario)
{
    // Checked before anything is written: a duplicate name would otherwise reach the table's
    // UNIQUE constraint and come back as SQLite's message instead of the validator's.
    Result<SiteModel> model = readModel(db);
    if (!model)
        return model.error();
    if (Status status = checkFailureScenario(model.value(), scenario); !status)
        return status;
    // Replaced whole: the row and its events go, then come back with the new values.
    Statement e = db.prepare(QStringLiteral("DELETE FROM failure_scenario_event WHERE scenario_id = ?1"));
    e.bind(1, qint64(scenario.id));
    if (!e.run())
        return writeError(db, scenario.id);
    Statement s = db.prepare(QStringLiteral("DELETE FROM failure_scenario WHERE id = ?1"));
    s.bind(1, qint64(scenario.id));
    if (!s.run())
        return writeError(db, scenario.id);
    return insertFailureScenario(db, scenario);
}

Status deleteFailureScenario(SqliteConnection &db, Id id)
{
    // The events go by ON DELETE CASCADE on every document connection; deleting them here as
    // well keeps this right on a connection without foreign keys.
    Statement e = db.prepare(QStringLiteral("DELETE FROM failure_scenario_event WHERE scenario_id = ?1"));
    e.bind(1, qint64(id));
    if (!e.run())
        return writeError(db, id);
    Statement s = db.prepare(QStringLiteral("DELETE FROM failure_scenario WHERE id = ?1"));
    s.bind(1, qint64(id));
    if (!s.run())
        return writeError(db, id);
    if (db.queryInt(QStringLiteral("SELECT changes()")).value() != 1)
        return Error{scenarioWhat(id), QCoreApplication::translate("hectare::Document", "does not exist")};
    return {};
}

} // namespace hectare
