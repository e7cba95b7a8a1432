#pragma once

#include "model/failure_scenario_spec.h"
#include "model/site_model.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace hectare::ui {

// The events of a failure scenario being edited (FailureScenarioDialog), one row each: what
// happens, when, for how long, and to which unit. The kind, the component type and the
// component are chosen from lists (kChoiceLabelsRole / kChoiceValuesRole, edited by the growth
// tables' ChoiceItemDelegate); the unit's maximum is the component's unit count (kUnitsRole).
// Changing the kind or the type keeps the event whole: a grid outage names no component, a
// failure to start names a generator, a new type picks its first component. Values are not
// range-checked here: the dialog's OK asks core's validator, which names the event and field.
class FailureScenarioEventsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, AtColumn, DurationColumn, TypeColumn, ComponentColumn, MemberColumn, ColumnCount };
    // On the unit column: how many units the event's component has (0: none chosen).
    static constexpr int kUnitsRole = Qt::UserRole + 12;

    // `model` is the document the components are looked up in; it must outlive this model.
    explicit FailureScenarioEventsModel(const SiteModel &model, QObject *parent = nullptr);

    void setEvents(const std::vector<ScenarioEventSpec> &events);
    const std::vector<ScenarioEventSpec> &events() const { return m_events; }
    // Appends an event (a grid outage after the last event) and returns its row.
    int addEvent();
    void removeEvent(int row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString kindName(ScenarioEventKind kind);
    // "Chillers", "UPS groups"…: the component types, by reliability library kind key.
    static QString typeName(const QString &kindKey);
    static QStringList typeKeys();

private:
    QString componentName(const ScenarioEventSpec &event) const;
    int unitsOf(const ScenarioEventSpec &event) const;
    QVariant choices(const ScenarioEventSpec &event, int column, int role) const;
    bool isEditable(const ScenarioEventSpec &event, int column) const;
    // Points `event` at the first component of `kindKey` (none if the document has none).
    void chooseType(ScenarioEventSpec &event, const QString &kindKey) const;

    const SiteModel &m_model;
    std::vector<ScenarioEventSpec> m_events;
};

} // namespace hectare::ui
