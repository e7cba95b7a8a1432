#pragma once

#include "scenario_part.h"
#include "scenario_ref.h"

#include "models/row_snapshot_model.h"

namespace hectare::ui {

struct TenantGrowthRow
{
    Id id = kNoId;
    TenantGrowth growth;
    QString tenantName;
};

// The tenants of one scenario that grow at their own rate instead of the scenario's default.
// The tenant is chosen from a list (kChoiceLabelsRole), the rate edited in place; each edit is
// one EditScenarioCommand, core's refusals come back as editRejected(message).
class TenantGrowthTableModel : public RowSnapshotModel<TenantGrowthRow>, public ScenarioPart
{
    Q_OBJECT

public:
    enum Column { TenantColumn, GrowthColumn, ColumnCount };

    explicit TenantGrowthTableModel(QObject *parent = nullptr);

    void setScenario(DocumentSession *session, Id scenarioId) override;
    // The first tenant without a rate of its own, at the scenario's default rate.
    Result<Id> addItem() override;
    Status removeItem(Id id) override;
    int sourceRowOf(Id id) const override { return rowOfId(id); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRejected(const QString &message);

protected:
    QVariant rawValue(const TenantGrowthRow &row, int column) const override;

private:
    std::vector<TenantGrowthRow> currentRows() const;
    void refresh();

    ScenarioRef m_ref;
};

} // namespace hectare::ui
