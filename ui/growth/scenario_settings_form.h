#pragma once

#include "scenario_ref.h"

#include <QWidget>

#include <vector>

class QDateEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace hectare::ui {

// The general assumptions of one scenario: start, horizon, default growth, churn, early exits,
// density of new racks, default lead time and notes. A change is one EditScenarioCommand when
// the field is left or a spin box arrow pressed (consecutive steps of one field merge into one
// undo step); what core refuses comes back as editRejected(message) and the field shows the
// document's value again.
class ScenarioSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioSettingsForm(QWidget *parent = nullptr);

    void setScenario(DocumentSession *session, Id scenarioId);

    QSpinBox *horizonBox() const { return m_horizon; }
    QDoubleSpinBox *growthBox() const { return m_growth; }

Q_SIGNALS:
    void editRejected(const QString &message);

private:
    struct NumberField
    {
        QDoubleSpinBox *box;
        double Scenario::*member;
        QString name;
    };
    struct IntegerField
    {
        QSpinBox *box;
        int Scenario::*member;
        QString name;
    };

    QDoubleSpinBox *addNumber(double Scenario::*member, const QString &label, const QString &name, int decimals,
                              double min, double max, const QString &suffix);
    QSpinBox *addInteger(int Scenario::*member, const QString &label, const QString &name, const QString &suffix);
    void load();
    void commit(const Scenario &after, const QString &field);

    ScenarioRef m_ref;
    QFormLayout *m_form = nullptr;
    QDateEdit *m_start = nullptr;
    QSpinBox *m_horizon = nullptr;
    QDoubleSpinBox *m_growth = nullptr;
    QLineEdit *m_notes = nullptr;
    std::vector<NumberField> m_numbers;
    std::vector<IntegerField> m_integers;
};

} // namespace hectare::ui
