#pragma once

#include "model/failure_scenario_spec.h"
#include "model/ids.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QComboBox;
class QKeySequence;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace hectare::reliability {
struct StoredScenarioRun;
}

namespace hectare::ui {

class DocumentSession;
class ScenarioChart;
class ScenarioLossesModel;

// Failure scenarios of the document (SiteModel::failureScenarios): pick one and a load basis,
// Replay (core's replayStored, a few milliseconds, so on the UI thread), and read the timeline
// chart and the table of losses: which racks and tenants lose power or cooling, when, for how
// long, and why. Selecting a loss asks the window to show its racks on the plan. The replay runs
// again by itself when the scenario, the basis or the document changes. New…, Edit… and Delete
// (Insert, F2, Delete while the panel has the focus) edit the stored scenarios with
// FailureScenarioDialog, one undo step each.
class ScenarioPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioPanel(QWidget *parent = nullptr);
    ~ScenarioPanel() override;

    // nullptr empties the panel.
    void setSession(DocumentSession *session);

    // Replays the chosen scenario at the chosen basis; false (and the reason shown) when it cannot.
    bool replay();
    // Chooses a scenario by name; false if the document has none of that name.
    bool selectScenario(const QString &name);

    // The last replay, or nullptr when none is shown.
    const reliability::StoredScenarioRun *lastRun() const { return m_run.get(); }
    // The message shown instead of the chart and table (no document, no scenario, an error);
    // empty while a replay is shown.
    QString messageText() const;

    QComboBox *scenarioCombo() const { return m_scenario; }
    QComboBox *basisCombo() const { return m_basis; }
    QPushButton *replayButton() const { return m_replay; }
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    // The dialog-driven edits behind the actions (the dialog and the confirmation are modal).
    void newScenario();
    void editScenario();
    void deleteScenario();
    ScenarioChart *chart() const { return m_chart; }
    ScenarioLossesModel *lossesModel() const { return m_losses; }
    QTableView *lossesTable() const { return m_table; }

Q_SIGNALS:
    // The user selected a loss: its racks, to show on the plan of the hall.
    void showRacks(hectare::Id hallId, std::vector<hectare::Id> rackIds);

private:
    void fillScenarios();
    void documentChanged();
    void showMessage(const QString &message);
    void updateSummary();
    void emitSelectedRacks();
    void updateActions();
    QAction *makeAction(const QString &text, const QKeySequence &key, const QString &tip, const char *name);
    QToolButton *makeButton(QAction *action);
    // The scenario chosen in the combo, or nullptr.
    const FailureScenarioSpec *currentScenario() const;

    QPointer<DocumentSession> m_session;
    std::unique_ptr<reliability::StoredScenarioRun> m_run;
    QComboBox *m_scenario = nullptr;
    QComboBox *m_basis = nullptr;
    QPushButton *m_replay = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_message = nullptr;
    ScenarioChart *m_chart = nullptr;
    ScenarioLossesModel *m_losses = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace hectare::ui
