#include "clearance_rules_dialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace hectare::ui {
namespace {

constexpr double kMinM = 0.1;
constexpr double kMaxM = 5.0;
constexpr double kStepM = 0.05;

} // namespace

ClearanceRulesDialog::ClearanceRulesDialog(const ClearanceRules &rules, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("clearanceRulesDialog"));
    setWindowTitle(tr("Clearance Rules"));
    m_coldAisle = addMetres(QStringLiteral("coldAisleSpin"), rules.coldAisleMinM);
    m_hotAisle = addMetres(QStringLiteral("hotAisleSpin"), rules.hotAisleMinM);
    m_service = addMetres(QStringLiteral("serviceSpin"), rules.serviceMinM);
    m_wall = addMetres(QStringLiteral("wallSpin"), rules.wallMinM);

    auto *intro = new QLabel(tr("The plans check these free distances in every hall of the site and show "
                                "what is closer in red."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Cold aisle, between rows' fronts:"), m_coldAisle);
    form->addRow(tr("Hot aisle, between rows' backs:"), m_hotAisle);
    form->addRow(tr("Service clearance in front of PDUs and CRAHs:"), m_service);
    form->addRow(tr("From racks to walls:"), m_wall);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDoubleSpinBox *ClearanceRulesDialog::addMetres(const QString &objectName, double value)
{
    // QDoubleSpinBox reads and writes numbers in the widget's locale ("1,20 m" in French).
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(objectName);
    spin->setRange(kMinM, kMaxM);
    spin->setDecimals(2);
    spin->setSingleStep(kStepM);
    spin->setSuffix(tr(" m"));
    spin->setValue(value);
    return spin;
}

ClearanceRules ClearanceRulesDialog::rules() const
{
    ClearanceRules rules;
    rules.coldAisleMinM = m_coldAisle->value();
    rules.hotAisleMinM = m_hotAisle->value();
    rules.serviceMinM = m_service->value();
    rules.wallMinM = m_wall->value();
    return rules;
}

} // namespace hectare::ui
