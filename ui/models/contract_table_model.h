#pragma once

#include "row_snapshot_model.h"

#include "model/tenant.h"

#include <QPointer>

#include <optional>

namespace hectare::ui {

class DocumentSession;

// One contract as the table shows it, with the names of its tenant and hall.
struct ContractRow
{
    Id id = kNoId;
    Contract contract;
    QString tenantName;
    QString hallName;
};

// The document's contracts. Numbers, dates and the status are editable; each edit is one
// EditContractCommand whose text names the tenant and the field. What core refuses (a
// negative kW, an end before the start…) comes back as editRejected(message) and setData()
// returns false; the document is then unchanged. Follows the session's change signals.
// Edit role: racks and ramp months int, the other numbers double, start and end QDate
// (null: not set / open-ended), status int(ContractStatus).
class ContractTableModel : public RowSnapshotModel<ContractRow>
{
    Q_OBJECT

public:
    enum Column { TenantColumn, HallColumn, RacksColumn, CageColumn, CommittedKwColumn, RampStartColumn,
                  RampMonthsColumn, DrawRatioColumn, StartColumn, EndColumn, StatusColumn, ColumnCount };
    // The id of the contract's tenant, the same in every column.
    static constexpr int kTenantIdRole = Qt::UserRole + 2;

    explicit ContractTableModel(QObject *parent = nullptr);

    // nullptr empties the table.
    void setSession(DocumentSession *session);
    DocumentSession *session() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The field a column edits, as the undo text and messages name it ("committed kW").
    static QString fieldName(int column);

Q_SIGNALS:
    void editRejected(const QString &message);

protected:
    QVariant rawValue(const ContractRow &row, int column) const override;

private:
    std::vector<ContractRow> currentRows() const;
    void refresh();
    QString displayText(const ContractRow &row, int column) const;
    // The contract with `value` written into `column`; nothing when the value cannot be read.
    std::optional<Contract> edited(const Contract &contract, int column, const QVariant &value) const;

    QPointer<DocumentSession> m_session;
};

} // namespace hectare::ui
