#pragma once

#include "tables/table_panel.h"

#include <QPointer>

namespace hectare::ui {

class DocumentSession;
class ScenarioPart;

// One list of a scenario (prospects, expansions or tenant growth rates) as a TablePanel: filter,
// sort, edit in place, add and remove, each one undo command. The panel does not own `model`
// (a QAbstractItemModel that is also a ScenarioPart); the caller connects the model's
// editRejected to showRejection().
class ScenarioTablePanel : public TablePanel
{
    Q_OBJECT

public:
    // `stretchColumn` takes the width left, −1: every column as wide as its contents.
    ScenarioTablePanel(QAbstractItemModel *model, ScenarioPart *part, const QString &addText,
                       const QString &removeText, int stretchColumn, QWidget *parent = nullptr);

    // nullptr or kNoId empties the table.
    void setScenario(DocumentSession *session, Id scenarioId);
    Id currentItemId() const { return currentId(); }

public Q_SLOTS:
    void showRejection(const QString &message) { TablePanel::showRejection(message); }
    void addItem();
    void removeSelectedItem();

private:
    void updateActions();

    ScenarioPart *m_part;
    int m_stretchColumn;
    QPointer<DocumentSession> m_session;
    Id m_scenarioId = kNoId;
};

} // namespace hectare::ui
