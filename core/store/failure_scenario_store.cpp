#include "failure_scenario_store.h"

#include "sqlite_connection.h"
#include "statement.h"

#include "model/enums.h"

#include <QCoreApplication>
#include <QHash>

namespace hectare {
namespace {

Error writeError(SqliteConnection &db, const QString &what)
{
    return Error{what, QCoreApplication::translate("hectare::Document", "could not be written: %1")
                           .arg(db.lastErrorMessage())};
}

Error badValue(const QString &what, const QString &column)
{
    return Error{what, QCoreApplication::translate("hectare::Document", "stored value of %1 cannot be read").arg(column)};
}

QString scenarioWhat(Id id) { return QStringLiteral("failure scenario ") + QString::number(id); }

} // namespace

Status readFailureScenarios(SqliteConnection &db, std::vector<FailureScenarioSpec> &out)
{
    Statement s = db.prepare(QStringLiteral("SELECT id, name, description, horizon_hours, ambient_c, refuel "
                                            "FROM failure_scenario ORDER BY id"));
    if (!s.isValid())
        return Error{QString(), db.lastErrorMessage()};
    QHash<Id, std::size_t> index;
    Statement::StepResult step;
    while ((step = s.step()) == Statement::StepResult::Row) {
        FailureScenarioSpec spec;
        spec.id = s.columnInt64(0);
        spec.name = s.columnText(1);
        spec.description = s.columnText(2);
        spec.horizonHours = s.columnDouble(3);
        if (!s.isNull(4))
            spec.ambientC = s.columnDouble(4);
        spec.refuel = s.columnInt(5) != 0;
        index.insert(spec.id, out.size());
        out.push_back(std::move(spec));
    }
    if (step == Statement::StepResult::Error)
        return Error{QString(), db.lastErrorMessage()};

    Statement e = db.prepare(QStringLiteral("SELECT scenario_id, seq, kind, at_hours, duration_hours, component_kind, "
                                            "component_id, member FROM failure_scenario_event "
                                            "ORDER BY scenario_id, seq"));
    if (!e.isValid())
        return Error{QString(), db.lastErrorMessage()};
    while ((step = e.step()) == Statement::StepResult::Row) {
        const QString what = QStringLiteral("failure scenario event %1.%2").arg(e.columnInt64(0)).arg(e.columnInt64(1));
        const auto owner = index.constFind(e.columnInt64(0));
        if (owner == index.constEnd())
            return badValue(what, QStringLiteral("scenario_id"));
        const std::optional<ScenarioEventKind> kind = scenarioEventKindFromKey(e.columnText(2));
        if (!kind)
            return badValue(what, QStringLiteral("kind"));
        ScenarioEventSpec event;
        event.kind = *kind;
        event.atHours = e.columnDouble(3);
        event.durationHours = e.columnDouble(4);
        event.componentKind = e.columnText(5);
        event.componentId = e.columnId(6);
        event.member = e.columnInt(7);
        out[owner.value()].events.push_back(std::move(event));
    }
    if (step == Statement::StepResult::Error)
        return Error{QString(), db.lastErrorMessage()};
    return {};
}

Status insertFailureScenario(SqliteConnection &db, const FailureScenarioSpec &scenario)
{
    Statement s = db.prepare(QStringLiteral("INSERT INTO failure_scenario (id, name, description, horizon_hours, "
                                            "ambient_c, refuel) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    s.bind(1, qint64(scenario.id)).bind(2, scenario.name).bind(3, scenario.description);
    s.bind(4, scenario.horizonHours).bind(6, scenario.refuel ? 1 : 0);
    if (scenario.ambientC)
        s.bind(5, *scenario.ambientC);
    else
        s.bindNull(5);
    if (!s.run())
        return writeError(db, scenarioWhat(scenario.id));

    Statement e = db.prepare(QStringLiteral("INSERT INTO failure_scenario_event (scenario_id, seq, kind, at_hours, "
                                            "duration_hours, component_kind, component_id, member) "
                                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    for (std::size_t i = 0; i < scenario.events.size(); ++i) {
        const ScenarioEventSpec &event = scenario.events[i];
        e.reset();
        e.bind(1, qint64(scenario.id)).bind(2, qint64(i)).bind(3, toKey(event.kind)).bind(4, event.atHours);
        e.bind(5, event.durationHours).bind(6, event.componentKind).bindId(7, event.componentId);
        e.bind(8, event.member);
        if (!e.run())
            return writeError(db, scenarioWhat(scenario.id) + QStringLiteral(", event ") + QString::number(i + 1));
    }
    return {};
}

Status insertFailureScenarios(SqliteConnection &db, const std::vector<FailureScenarioSpec> &scenarios)
{
    for (const FailureScenarioSpec &scenario : scenarios)
        if (Status status = insertFailureScenario(db, scenario); !status)
            return status;
    return {};
}

} // namespace hectare
