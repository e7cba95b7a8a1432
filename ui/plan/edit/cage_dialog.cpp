#include "cage_dialog.h"

#include "model/geometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace hectare::ui {

CageDialog::CageDialog(const Cage &cage, const std::vector<Tenant> &tenants, bool adding, QWidget *parent)
    : QDialog(parent), m_cage(cage)
{
    setObjectName(QStringLiteral("cageDialog"));
    setWindowTitle(adding ? tr("New Cage") : tr("Cage Properties"));
    auto *layout = new QFormLayout(this);
    m_name = new QLineEdit(cage.name, this);
    layout->addRow(tr("&Name:"), m_name);
    m_tenant = new QComboBox(this);
    m_tenant->addItem(tr("No tenant yet"), QVariant::fromValue(kNoId));
    for (const Tenant &tenant : tenants)
        m_tenant->addItem(tenant.name, QVariant::fromValue(tenant.id));
    layout->addRow(tr("&Tenant:"), m_tenant);
    m_area = new QLabel(tr("%1 m²").arg(QLocale().toString(polygonAreaM2(cage.outline), 'f', 1)), this);
    layout->addRow(tr("Area:"), m_area);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
    setTenant(cage.tenantId);
}

void CageDialog::setName(const QString &name) { m_name->setText(name); }

bool CageDialog::setTenant(Id tenantId)
{
    const int index = m_tenant->findData(QVariant::fromValue(tenantId));
    if (index < 0)
        return false;
    m_tenant->setCurrentIndex(index);
    return true;
}

Cage CageDialog::cage() const
{
    Cage cage = m_cage;
    cage.name = m_name->text().trimmed();
    cage.tenantId = m_tenant->currentData().value<Id>();
    return cage;
}

} // namespace hectare::ui
