#include "failure_scenario_dialog.h"

#include "failure_scenario_events_model.h"

#include "growth/choice_item_delegate.h"

#include "store/failure_scenario_writer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace hectare::ui {
namespace {

// Longer than any horizon core accepts: the spin boxes do not clip a value core would refuse,
// so the refusal and its reason come from the validator.
constexpr double kMaxHours = 99999;

// The growth tables' list editors, plus spin boxes fit for hours and for the unit (1 to the
// component's unit count).
class EventItemDelegate : public ChoiceItemDelegate
{
public:
    using ChoiceItemDelegate::ChoiceItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        switch (index.column()) {
        case FailureScenarioEventsModel::AtColumn:
        case FailureScenarioEventsModel::DurationColumn: {
            auto *spin = new QDoubleSpinBox(parent);
            spin->setFrame(false);
            spin->setRange(0, kMaxHours);
            spin->setDecimals(2);
            return spin;
        }
        case FailureScenarioEventsModel::MemberColumn: {
            auto *spin = new QSpinBox(parent);
            spin->setFrame(false);
            spin->setRange(1, std::max(1, index.data(FailureScenarioEventsModel::kUnitsRole).toInt()));
            return spin;
        }
        }
        return ChoiceItemDelegate::createEditor(parent, option, index);
    }
};

QDoubleSpinBox *hoursSpin(QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, kMaxHours);
    spin->setDecimals(1);
    spin->setSuffix(FailureScenarioDialog::tr(" h"));
    return spin;
}

} // namespace

FailureScenarioDialog::FailureScenarioDialog(const SiteModel &model, const FailureScenarioSpec &scenario,
                                             QWidget *parent)
    : QDialog(parent), m_model(model), m_original(scenario)
{
    setObjectName(QStringLiteral("failureScenarioDialog"));
    setWindowTitle(scenario.name.isEmpty() ? tr("New Failure Scenario")
                                           : tr("Failure Scenario \"%1\"").arg(scenario.name));

    m_name = new QLineEdit(scenario.name, this);
    m_name->setObjectName(QStringLiteral("scenarioName"));
    m_description = new QPlainTextEdit(scenario.description, this);
    m_description->setObjectName(QStringLiteral("scenarioDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(4 * m_description->fontMetrics().lineSpacing());
    m_horizon = hoursSpin(this);
    m_horizon->setObjectName(QStringLiteral("horizon"));
    m_horizon->setMinimum(-kMaxHours);   // a negative horizon is refused by core, with its reason
    m_horizon->setValue(scenario.horizonHours);
    m_horizon->setToolTip(tr("How long the replay runs, from the first event's time origin"));

    m_designAmbient = new QCheckBox(tr("Site design a&mbient (%1 °C)")
                                        .arg(QLocale().toString(m_model.site.designAmbientC, 'g', 4)),
                                    this);
    m_designAmbient->setObjectName(QStringLiteral("designAmbient"));
    m_designAmbient->setChecked(!scenario.ambientC);
    m_ambient = new QDoubleSpinBox(this);
    m_ambient->setObjectName(QStringLiteral("ambient"));
    m_ambient->setRange(-99, 99);
    m_ambient->setDecimals(1);
    m_ambient->setSuffix(tr(" °C"));
    m_ambient->setValue(scenario.ambientC.value_or(m_model.site.designAmbientC));
    m_ambient->setEnabled(scenario.ambientC.has_value());
    m_ambient->setToolTip(tr("The outdoor temperature the chillers are derated to"));
    auto *ambientRow = new QHBoxLayout;
    ambientRow->addWidget(m_ambient);
    ambientRow->addWidget(m_designAmbient);
    ambientRow->addStretch(1);

    m_refuel = new QCheckBox(tr("Fuel deliveries every tank's lead time"), this);
    m_refuel->setObjectName(QStringLiteral("refuel"));
    m_refuel->setChecked(scenario.refuel);

    // The short fields keep their size; the name and the description take the width.
    auto *horizonRow = new QHBoxLayout;
    horizonRow->addWidget(m_horizon);
    horizonRow->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    auto *horizonLabel = new QLabel(tr("&Horizon:"), this);   // a row of a layout gets no buddy by itself
    horizonLabel->setBuddy(m_horizon);
    form->addRow(horizonLabel, horizonRow);
    form->addRow(tr("Ambient:"), ambientRow);
    form->addRow(QString(), m_refuel);

    m_events = new FailureScenarioEventsModel(m_model, this);
    m_events->setEvents(scenario.events);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("scenarioEvents"));
    m_table->setModel(m_events);
    m_table->setItemDelegate(new EventItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FailureScenarioEventsModel::ComponentColumn,
                                                      QHeaderView::Stretch);
    m_addEvent = new QPushButton(tr("Add &event"), this);
    m_addEvent->setObjectName(QStringLiteral("addEvent"));
    m_removeEvent = new QPushButton(tr("&Remove event"), this);
    m_removeEvent->setObjectName(QStringLiteral("removeEvent"));
    auto *eventButtons = new QHBoxLayout;
    eventButtons->addWidget(m_addEvent);
    eventButtons->addWidget(m_removeEvent);
    eventButtons->addStretch(1);
    auto *eventsBox = new QGroupBox(tr("Events"), this);
    auto *eventsLayout = new QVBoxLayout(eventsBox);
    eventsLayout->addWidget(m_table, 1);
    eventsLayout->addLayout(eventButtons);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("scenarioError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(eventsBox, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_designAmbient, &QCheckBox::toggled, m_ambient, [this](bool design) { m_ambient->setEnabled(!design); });
    connect(m_addEvent, &QPushButton::clicked, this, &FailureScenarioDialog::addEvent);
    connect(m_removeEvent, &QPushButton::clicked, this, &FailureScenarioDialog::removeSelectedEvent);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FailureScenarioDialog::updateButtons);
    connect(m_events, &QAbstractItemModel::rowsRemoved, this, &FailureScenarioDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FailureScenarioDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FailureScenarioDialog::reject);
    updateButtons();
    resize(900, 600);
}

FailureScenarioDialog::~FailureScenarioDialog() = default;

FailureScenarioSpec FailureScenarioDialog::spec() const
{
    FailureScenarioSpec spec;
    spec.id = m_original.id;
    spec.name = m_name->text().trimmed();
    spec.description = m_description->toPlainText().trimmed();
    spec.horizonHours = m_horizon->value();
    if (!m_designAmbient->isChecked())
        spec.ambientC = m_ambient->value();
    spec.refuel = m_refuel->isChecked();
    spec.events = m_events->events();
    // Stored by time, as the replay reads them; equal times keep the order they were entered in.
    std::stable_sort(spec.events.begin(), spec.events.end(),
                     [](const ScenarioEventSpec &a, const ScenarioEventSpec &b) { return a.atHours < b.atHours; });
    return spec;
}

QString FailureScenarioDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void FailureScenarioDialog::accept()
{
    const Status status = checkFailureScenario(m_model, spec());
    if (!status) {
        showError(status.error().text());
        return;
    }
    QDialog::accept();
}

void FailureScenarioDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void FailureScenarioDialog::addEvent()
{
    const int row = m_events->addEvent();
    m_table->selectRow(row);
    m_table->setCurrentIndex(m_events->index(row, FailureScenarioEventsModel::KindColumn));
    m_table->setFocus();
}

void FailureScenarioDialog::removeSelectedEvent()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_events->removeEvent(rows.front().row());
}

void FailureScenarioDialog::updateButtons()
{
    m_removeEvent->setEnabled(m_table->selectionModel()->hasSelection());
}

} // namespace hectare::ui
