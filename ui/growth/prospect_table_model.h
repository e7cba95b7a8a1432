#pragma once

#include "scenario_part.h"
#include "scenario_ref.h"

#include "models/row_snapshot_model.h"

namespace hectare::ui {

struct ProspectRow
{
    Id id = kNoId;
    Prospect prospect;
    QString hallName;   // empty: any hall
    QDate start;        // the scenario's, for the sign month's date
};

// The prospects of one scenario. Every field is editable: numbers in place, the hall from a
// list (kChoiceLabelsRole), dual-corded as a check box. Each edit is one EditScenarioCommand
// named after the prospect and the field ("Change prospect "Bank" probability"); what core
// refuses (a probability of 1.4…) comes back as editRejected(core's message), the document
// unchanged. Edit role: racks and months int, the other numbers double, hall Id.
class ProspectTableModel : public RowSnapshotModel<ProspectRow>, public ScenarioPart
{
    Q_OBJECT

public:
    enum Column { NameColumn, HallColumn, RacksColumn, CommittedKwColumn, ProbabilityColumn, SignMonthColumn,
                  SpreadColumn, RampStartColumn, RampMonthsColumn, DrawRatioColumn, DualCordedColumn, ColumnCount };

    explicit ProspectTableModel(QObject *parent = nullptr);

    void setScenario(DocumentSession *session, Id scenarioId) override;
    Result<Id> addItem() override;
    Status removeItem(Id id) override;
    int sourceRowOf(Id id) const override { return rowOfId(id); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString fieldName(int column);

Q_SIGNALS:
    void editRejected(const QString &message);

protected:
    QVariant rawValue(const ProspectRow &row, int column) const override;

private:
    std::vector<ProspectRow> currentRows() const;
    void refresh();
    QString displayText(const ProspectRow &row, int column) const;
    std::optional<Prospect> edited(const Prospect &prospect, int column, const QVariant &value) const;

    ScenarioRef m_ref;
};

} // namespace hectare::ui
