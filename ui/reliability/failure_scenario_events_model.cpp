#include "failure_scenario_events_model.h"

#include "growth/scenario_ref.h"

#include "store/failure_scenario_writer.h"

#include <QLocale>

#include <algorithm>
#include <array>

namespace hectare::ui {
namespace {

constexpr std::array kKinds{ScenarioEventKind::GridOutage, ScenarioEventKind::ComponentFails,
                            ScenarioEventKind::ComponentInMaintenance, ScenarioEventKind::GeneratorFailsToStart};

const QString kGenerator = QStringLiteral("diesel-generator");

bool namesComponent(ScenarioEventKind kind) { return kind != ScenarioEventKind::GridOutage; }
// A failure to start lasts as long as the outages it spoils: it has no duration of its own.
bool hasDuration(ScenarioEventKind kind) { return kind != ScenarioEventKind::GeneratorFailsToStart; }
bool needsDuration(ScenarioEventKind kind)
{
    return kind == ScenarioEventKind::GridOutage || kind == ScenarioEventKind::ComponentInMaintenance;
}

QString hours(double value) { return QLocale().toString(value, 'g', 6); }

} // namespace

FailureScenarioEventsModel::FailureScenarioEventsModel(const SiteModel &model, QObject *parent)
    : QAbstractTableModel(parent), m_model(model)
{
}

QString FailureScenarioEventsModel::kindName(ScenarioEventKind kind)
{
    switch (kind) {
    case ScenarioEventKind::GridOutage: return tr("Grid outage");
    case ScenarioEventKind::ComponentFails: return tr("Component fails");
    case ScenarioEventKind::ComponentInMaintenance: return tr("Component in maintenance");
    case ScenarioEventKind::GeneratorFailsToStart: return tr("Generator fails to start");
    }
    return {};
}

QStringList FailureScenarioEventsModel::typeKeys()
{
    return {QStringLiteral("chiller"),    QStringLiteral("ups-module"), kGenerator,
            QStringLiteral("transformer"), QStringLiteral("ats"),       QStringLiteral("lv-switchgear"),
            QStringLiteral("chw-pump"),   QStringLiteral("crah-crac"),  QStringLiteral("pdu-rpp")};
}

QString FailureScenarioEventsModel::typeName(const QString &kindKey)
{
    if (kindKey == u"chiller") return tr("Chillers");
    if (kindKey == u"ups-module") return tr("UPS groups");
    if (kindKey == kGenerator) return tr("Generators");
    if (kindKey == u"transformer") return tr("Transformers");
    if (kindKey == u"ats") return tr("Transfer switches (ATS)");
    if (kindKey == u"lv-switchgear") return tr("LV switchgear");
    if (kindKey == u"chw-pump") return tr("Pumps");
    if (kindKey == u"crah-crac") return tr("CRAHs");
    if (kindKey == u"pdu-rpp") return tr("PDUs");
    return kindKey;
}

void FailureScenarioEventsModel::setEvents(const std::vector<ScenarioEventSpec> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int FailureScenarioEventsModel::addEvent()
{
    ScenarioEventSpec event;
    event.atHours = m_events.empty() ? 0 : m_events.back().atHours;
    event.durationHours = 4;
    const int row = int(m_events.size());
    beginInsertRows(QModelIndex(), row, row);
    m_events.push_back(event);
    endInsertRows();
    return row;
}

void FailureScenarioEventsModel::removeEvent(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_events.erase(m_events.begin() + row);
    endRemoveRows();
}

int FailureScenarioEventsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int FailureScenarioEventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FailureScenarioEventsModel::componentName(const ScenarioEventSpec &event) const
{
    for (const ScenarioComponent &c : scenarioComponents(m_model, event.componentKind))
        if (c.id == event.componentId)
            return c.name;
    return event.componentId == kNoId ? QString() : tr("#%1 (missing)").arg(event.componentId);
}

int FailureScenarioEventsModel::unitsOf(const ScenarioEventSpec &event) const
{
    for (const ScenarioComponent &c : scenarioComponents(m_model, event.componentKind))
        if (c.id == event.componentId)
            return c.units;
    return 0;
}

bool FailureScenarioEventsModel::isEditable(const ScenarioEventSpec &event, int column) const
{
    switch (column) {
    case KindColumn:
    case AtColumn: return true;
    case DurationColumn: return hasDuration(event.kind);
    case TypeColumn: return event.kind == ScenarioEventKind::ComponentFails
                            || event.kind == ScenarioEventKind::ComponentInMaintenance;
    case ComponentColumn:
    case MemberColumn: return namesComponent(event.kind);
    }
    return false;
}

QVariant FailureScenarioEventsModel::choices(const ScenarioEventSpec &event, int column, int role) const
{
    QStringList labels;
    QVariantList values;
    if (column == KindColumn) {
        for (ScenarioEventKind kind : kKinds) {
            labels << kindName(kind);
            values << int(kind);
        }
    } else if (column == TypeColumn) {
        for (const QString &key : typeKeys()) {
            labels << typeName(key);
            values << key;
        }
    } else if (column == ComponentColumn) {
        for (const ScenarioComponent &c : scenarioComponents(m_model, event.componentKind)) {
            labels << c.name;
            values << QVariant::fromValue(c.id);
        }
    }
    return role == kChoiceLabelsRole ? QVariant(labels) : QVariant(values);
}

QVariant FailureScenarioEventsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ScenarioEventSpec &event = m_events[std::size_t(index.row())];
    const int column = index.column();
    const bool named = namesComponent(event.kind);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case KindColumn: return kindName(event.kind);
        case AtColumn: return hours(event.atHours);
        case DurationColumn:
            if (event.kind == ScenarioEventKind::ComponentFails && !(event.durationHours > 0))
                return tr("MTTR");   // core repairs it in the unit's mean time to repair
            return hasDuration(event.kind) ? hours(event.durationHours) : QString();
        case TypeColumn: return named ? typeName(event.componentKind) : QString();
        case ComponentColumn: return named ? componentName(event) : QString();
        case MemberColumn: return named ? QString::number(event.member) : QString();
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case KindColumn: return int(event.kind);
        case AtColumn: return event.atHours;
        case DurationColumn: return event.durationHours;
        case TypeColumn: return event.componentKind;
        case ComponentColumn: return QVariant::fromValue(event.componentId);
        case MemberColumn: return event.member;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == DurationColumn && event.kind == ScenarioEventKind::ComponentFails)
            return tr("The repair time; 0 h: the unit's mean time to repair");
        if (column == MemberColumn && named)
            return tr("Which unit of the component, from 1 (a 2N group's B side follows its A side)");
        return {};
    case kChoiceLabelsRole:
    case kChoiceValuesRole: return choices(event, column, role);
    case kUnitsRole: return column == MemberColumn ? unitsOf(event) : 0;
    case Qt::TextAlignmentRole:
        return column == AtColumn || column == DurationColumn || column == MemberColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    }
    return {};
}

QVariant FailureScenarioEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Event");
    case AtColumn: return tr("At (h)");
    case DurationColumn: return tr("Duration / repair (h)");
    case TypeColumn: return tr("Component type");
    case ComponentColumn: return tr("Component");
    case MemberColumn: return tr("Unit");
    }
    return {};
}

Qt::ItemFlags FailureScenarioEventsModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (isEditable(m_events[std::size_t(index.row())], index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

void FailureScenarioEventsModel::chooseType(ScenarioEventSpec &event, const QString &kindKey) const
{
    const std::vector<ScenarioComponent> components = scenarioComponents(m_model, kindKey);
    event.componentKind = kindKey;
    event.componentId = components.empty() ? kNoId : components.front().id;
    event.member = 1;
}

bool FailureScenarioEventsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !value.isValid())
        return false;
    ScenarioEventSpec &event = m_events[std::size_t(index.row())];
    if (!isEditable(event, index.column()))
        return false;
    switch (index.column()) {
    case KindColumn: {
        const auto kind = ScenarioEventKind(value.toInt());
        if (std::find(kKinds.begin(), kKinds.end(), kind) == kKinds.end())
            return false;
        event.kind = kind;
        if (kind == ScenarioEventKind::GridOutage) {
            event.componentKind.clear();
            event.componentId = kNoId;
            event.member = 1;
        } else if (kind == ScenarioEventKind::GeneratorFailsToStart) {
            if (event.componentKind != kGenerator)
                chooseType(event, kGenerator);
        } else if (event.componentKind.isEmpty()) {
            chooseType(event, QStringLiteral("ups-module"));
        }
        if (needsDuration(kind) && !(event.durationHours > 0))
            event.durationHours = 4;
        break;
    }
    case AtColumn: event.atHours = value.toDouble(); break;
    case DurationColumn: event.durationHours = value.toDouble(); break;
    case TypeColumn:
        if (!typeKeys().contains(value.toString()))
            return false;
        if (value.toString() != event.componentKind)
            chooseType(event, value.toString());
        break;
    case ComponentColumn:
        event.componentId = value.value<Id>();
        event.member = std::clamp(event.member, 1, std::max(1, unitsOf(event)));
        break;
    case MemberColumn: event.member = value.toInt(); break;
    }
    // The kind and the type change the cells after them.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

} // namespace hectare::ui
