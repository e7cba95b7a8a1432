#pragma once

#include "scenario_part.h"
#include "scenario_ref.h"

#include "models/row_snapshot_model.h"

namespace hectare::ui {

struct ExpansionRow
{
    Id id = kNoId;
    Expansion expansion;
    QString hallName;   // empty: the site
    QDate start;        // the scenario's, for the online month's date
};

// The expansions of one scenario: what each adds (positions, kW, kVA), its capex and lead time,
// and when it comes online (a month, or "when needed": scheduled by the decision rule). The kind
// and the hall are chosen from lists (kChoiceLabelsRole), "when needed" is a check box; setting
// an online month clears it, clearing it puts the expansion online after its lead time. Each edit
// is one EditScenarioCommand; core's refusals come back as editRejected(message).
class ExpansionTableModel : public RowSnapshotModel<ExpansionRow>, public ScenarioPart
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, HallColumn, PositionsColumn, PowerKwColumn, CoolingKwColumn,
                  GeneratorKvaColumn, CapexColumn, LeadTimeColumn, WhenNeededColumn, OnlineMonthColumn,
                  ColumnCount };

    explicit ExpansionTableModel(QObject *parent = nullptr);

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
    QVariant rawValue(const ExpansionRow &row, int column) const override;

private:
    std::vector<ExpansionRow> currentRows() const;
    void refresh();
    QString displayText(const ExpansionRow &row, int column) const;
    QVariant choices(int column, int role) const;
    std::optional<Expansion> edited(const Expansion &expansion, int column, const QVariant &value) const;

    ScenarioRef m_ref;
};

} // namespace hectare::ui
