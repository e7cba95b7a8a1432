#pragma once

#include "models/row_snapshot_model.h"

#include "model/scenario.h"

#include <QPointer>

namespace hectare::ui {

class DocumentSession;

struct ScenarioListRow
{
    Id id = kNoId;
    QString name;
    QString notes;
};

// The document's scenarios by name, in id order (the order they were made). The name is
// editable: a rename is one EditScenarioCommand; a name core refuses (empty, taken) comes back
// as editRejected(message). The notes are the tooltip. Follows scenariosReset.
class ScenarioListModel : public RowSnapshotModel<ScenarioListRow>
{
    Q_OBJECT

public:
    explicit ScenarioListModel(QObject *parent = nullptr);

    void setSession(DocumentSession *session);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRejected(const QString &message);

protected:
    QVariant rawValue(const ScenarioListRow &row, int column) const override;

private:
    std::vector<ScenarioListRow> currentRows() const;
    void refresh();

    QPointer<DocumentSession> m_session;
};

} // namespace hectare::ui
