#pragma once

#include "row_snapshot_model.h"

#include "model/tenant.h"

#include <QPointer>

namespace hectare::ui {

class DocumentSession;

// One tenant as the table shows it: the tenant and what it holds.
struct TenantRow
{
    Id id = kNoId;
    Tenant tenant;
    int racksHeld = 0;        // positions occupied or reserved with the tenant
    double committedKw = 0;   // Σ committed kW of its contracts that hold capacity now (isCommitted)
    int contracts = 0;        // every contract, whatever its status
};

// The document's tenants. Name, sector and contact are editable; each edit is one
// EditTenantCommand. What core refuses comes back as editRejected(message) and setData()
// returns false; the document is then unchanged. Follows the session's change signals.
class TenantTableModel : public RowSnapshotModel<TenantRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, SectorColumn, ContactColumn, RacksHeldColumn, CommittedKwColumn, ContractsColumn,
                  ColumnCount };

    explicit TenantTableModel(QObject *parent = nullptr);

    // nullptr empties the table.
    void setSession(DocumentSession *session);
    DocumentSession *session() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRejected(const QString &message);

protected:
    QVariant rawValue(const TenantRow &row, int column) const override;

private:
    std::vector<TenantRow> currentRows() const;
    void refresh();
    QString displayText(const TenantRow &row, int column) const;
    QString undoText(const Tenant &before, const Tenant &after, int column) const;

    QPointer<DocumentSession> m_session;
};

} // namespace hectare::ui
