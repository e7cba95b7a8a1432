#include "scenario_settings_form.h"

#include "session/document_session.h"

#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace hectare::ui {
namespace {

// Wide enough for anything a user might type: core, not the widget, says what is allowed.
constexpr double kWide = 1e6;
constexpr int kWideInteger = 100000;

} // namespace

ScenarioSettingsForm::ScenarioSettingsForm(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDisplayFormat(QStringLiteral("MMM yyyy"));
    m_start->setCalendarPopup(true);
    m_start->setKeyboardTracking(false);
    m_start->setToolTip(tr("The report date: month 0 of the scenario"));
    m_form->addRow(tr("Start:"), m_start);
    connect(m_start, &QDateEdit::dateChanged, this, [this](QDate date) {
        if (!m_ref.scenario())
            return;
        Scenario after = *m_ref.scenario();
        after.start = QDate(date.year(), date.month(), 1);
        commit(after, tr("start"));
    });

    m_horizon = addInteger(&Scenario::horizonMonths, tr("Horizon:"), tr("horizon"), tr(" months"));
    m_horizon->setObjectName(QStringLiteral("horizon"));
    m_growth = addNumber(&Scenario::growthPctPerYear, tr("Growth of existing tenants:"), tr("growth"), 1, -kWide,
                         kWide, tr(" % per year"));
    m_growth->setObjectName(QStringLiteral("growth"));
    addNumber(&Scenario::nonRenewalProbability, tr("Not renewed at term:"), tr("non-renewal probability"), 2,
              -kWide, kWide, QString())
        ->setToolTip(tr("Probability that a contract is not renewed when its term ends, 0 to 1"));
    addNumber(&Scenario::earlyExitPerYear, tr("Early exits:"), tr("early exit per year"), 2, -kWide, kWide,
              tr(" per year"))
        ->setToolTip(tr("Probability per year that a tenant leaves before its term ends, 0 to 1"));
    QDoubleSpinBox *density = addNumber(&Scenario::newRackDesignKw, tr("Design kW of a new rack:"),
                                        tr("design kW per new rack"), 1, 0, kWide, tr(" kW"));
    density->setSpecialValueText(tr("site average"));
    addNumber(&Scenario::densityGrowthPctPerYear, tr("Density growth:"), tr("density growth"), 1, -kWide, kWide,
              tr(" % per year"))
        ->setToolTip(tr("Growth of the design kW of new racks"));
    addInteger(&Scenario::defaultLeadTimeMonths, tr("Default lead time:"), tr("default lead time"), tr(" months"))
        ->setToolTip(tr("Lead time used for the decision date when no expansion is planned for a resource"));

    m_notes = new QLineEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_form->addRow(tr("Notes:"), m_notes);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    connect(m_notes, &QLineEdit::editingFinished, this, [this] {
        if (!m_ref.scenario())
            return;
        Scenario after = *m_ref.scenario();
        after.notes = m_notes->text();
        commit(after, tr("notes"));
    });
    setEnabled(false);
}

QDoubleSpinBox *ScenarioSettingsForm::addNumber(double Scenario::*member, const QString &label, const QString &name,
                                                int decimals, double min, double max, const QString &suffix)
{
    auto *box = new QDoubleSpinBox(this);
    box->setDecimals(decimals);
    box->setRange(min, max);
    box->setSingleStep(decimals >= 2 ? 0.05 : 1);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false);
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("0000.0"))
                         + box->fontMetrics().horizontalAdvance(suffix) + 40);
    m_form->addRow(label, box);
    m_numbers.push_back({box, member, name});
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, box, member, name](double value) {
        if (!m_ref.scenario())
            return;
        Scenario after = *m_ref.scenario();
        // The box shows `decimals` places: an untouched value must not be rounded by a commit.
        if (QString::number(after.*member, 'f', box->decimals()) == QString::number(value, 'f', box->decimals()))
            return;
        after.*member = value;
        commit(after, name);
    });
    return box;
}

QSpinBox *ScenarioSettingsForm::addInteger(int Scenario::*member, const QString &label, const QString &name,
                                           const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setRange(-kWideInteger, kWideInteger);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false);
    m_form->addRow(label, box);
    m_integers.push_back({box, member, name});
    connect(box, &QSpinBox::valueChanged, this, [this, member, name](int value) {
        if (!m_ref.scenario())
            return;
        Scenario after = *m_ref.scenario();
        after.*member = value;
        commit(after, name);
    });
    return box;
}

void ScenarioSettingsForm::setScenario(DocumentSession *session, Id scenarioId)
{
    if (m_ref.session())
        disconnect(m_ref.session(), nullptr, this, nullptr);
    m_ref.set(session, scenarioId);
    if (session)
        connect(session, &DocumentSession::scenariosReset, this, &ScenarioSettingsForm::load);
    load();
}

void ScenarioSettingsForm::load()
{
    const Scenario *scenario = m_ref.scenario();
    setEnabled(scenario && m_ref.isWritable());
    const Scenario shown = scenario ? *scenario : Scenario{};
    {
        const QSignalBlocker blocker(m_start);
        m_start->setDate(shown.start.isValid() ? shown.start : QDate::currentDate());
    }
    for (const NumberField &field : m_numbers) {
        const QSignalBlocker blocker(field.box);
        field.box->setValue(shown.*field.member);
    }
    for (const IntegerField &field : m_integers) {
        const QSignalBlocker blocker(field.box);
        field.box->setValue(shown.*field.member);
    }
    m_notes->setText(shown.notes);
}

void ScenarioSettingsForm::commit(const Scenario &after, const QString &field)
{
    const Status status = m_ref.commit(after, tr("Change %1 of scenario \"%2\"").arg(field, after.name),
                                       QStringLiteral("settings:") + field);
    if (!status) {
        load();   // show the document's value again
        Q_EMIT editRejected(status.error().text());
    }
}

} // namespace hectare::ui
