#pragma once

#include "model/failure_scenario_spec.h"
#include "model/site_model.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace hectare::ui {

class FailureScenarioEventsModel;

// Creates or edits one named failure scenario: its name, description, horizon, ambient (or the
// site's design ambient), refuelling, and its events. OK asks core's validator (the same check
// the document runs when the scenario is written) and, if it refuses, keeps the dialog open with
// the error, which names the event and the field. The caller turns spec() into a command.
class FailureScenarioDialog : public QDialog
{
    Q_OBJECT

public:
    // `model`: the document the scenario belongs to (copied: components, the design ambient and
    // the other scenarios' names). `scenario`: the scenario as it is, or a new one with a free id.
    FailureScenarioDialog(const SiteModel &model, const FailureScenarioSpec &scenario, QWidget *parent = nullptr);
    ~FailureScenarioDialog() override;

    // The scenario as the fields say now.
    FailureScenarioSpec spec() const;
    // The validator's message after a refused OK; empty otherwise.
    QString errorText() const;

    void accept() override;

    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QDoubleSpinBox *horizonSpin() const { return m_horizon; }
    QCheckBox *designAmbientCheck() const { return m_designAmbient; }
    QDoubleSpinBox *ambientSpin() const { return m_ambient; }
    QCheckBox *refuelCheck() const { return m_refuel; }
    FailureScenarioEventsModel *eventsModel() const { return m_events; }
    QTableView *eventsTable() const { return m_table; }
    QPushButton *addEventButton() const { return m_addEvent; }
    QPushButton *removeEventButton() const { return m_removeEvent; }

private:
    void addEvent();
    void removeSelectedEvent();
    void updateButtons();
    void showError(const QString &message);

    SiteModel m_model;
    FailureScenarioSpec m_original;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QDoubleSpinBox *m_horizon = nullptr;
    QCheckBox *m_designAmbient = nullptr;
    QDoubleSpinBox *m_ambient = nullptr;
    QCheckBox *m_refuel = nullptr;
    FailureScenarioEventsModel *m_events = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_addEvent = nullptr;
    QPushButton *m_removeEvent = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hectare::ui
