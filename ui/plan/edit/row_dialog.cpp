#include "row_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <cmath>

namespace hectare::ui {
namespace {

QComboBox *orientationCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(RowDialog::tr("0° (runs to the right)"), 0.0);
    combo->addItem(RowDialog::tr("90° (runs down)"), 90.0);
    combo->addItem(RowDialog::tr("180° (runs to the left)"), 180.0);
    combo->addItem(RowDialog::tr("270° (runs up)"), 270.0);
    return combo;
}

void setOrientation(QComboBox *combo, double degrees)
{
    double normalised = std::fmod(degrees, 360.0);
    if (normalised < 0)
        normalised += 360.0;
    int index = -1;
    for (int i = 0; i < combo->count(); ++i)
        if (std::abs(combo->itemData(i).toDouble() - normalised) < 1e-6)
            index = i;
    if (index < 0) {
        // A row turned by hand to another angle keeps it unless the user picks a direction.
        combo->addItem(RowDialog::tr("%1°").arg(normalised), normalised);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

RowDialog::RowDialog(const NewRowSpec &spec, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("rowDialog"));
    setWindowTitle(tr("Add Row"));
    auto *layout = new QFormLayout(this);
    m_positions = new QSpinBox(this);
    m_positions->setRange(1, 200);
    layout->addRow(tr("&Positions:"), m_positions);
    m_width = new QDoubleSpinBox(this);
    m_width->setRange(300, 1500);
    m_width->setDecimals(0);
    m_width->setSingleStep(50);
    m_width->setSuffix(tr(" mm"));
    layout->addRow(tr("Rack &width:"), m_width);
    m_depth = new QDoubleSpinBox(this);
    m_depth->setRange(300, 2000);
    m_depth->setDecimals(0);
    m_depth->setSingleStep(50);
    m_depth->setSuffix(tr(" mm"));
    layout->addRow(tr("Rack &depth:"), m_depth);
    m_designKw = new QDoubleSpinBox(this);
    m_designKw->setRange(0, 200);
    m_designKw->setDecimals(1);
    m_designKw->setSuffix(tr(" kW"));
    layout->addRow(tr("Design &power per rack:"), m_designKw);
    m_orientation = orientationCombo(this);
    layout->addRow(tr("&Orientation:"), m_orientation);
    layout->addRow(okCancel(this));
    setSpec(spec);
}

void RowDialog::setSpec(const NewRowSpec &spec)
{
    m_spec = spec;
    m_positions->setValue(spec.positions);
    m_width->setValue(spec.rackWidthMm);
    m_depth->setValue(spec.rackDepthMm);
    m_designKw->setValue(spec.designKw);
    setOrientation(m_orientation, spec.orientationDeg);
}

NewRowSpec RowDialog::spec() const
{
    NewRowSpec spec = m_spec;
    spec.positions = m_positions->value();
    spec.rackWidthMm = m_width->value();
    spec.rackDepthMm = m_depth->value();
    spec.designKw = m_designKw->value();
    spec.orientationDeg = m_orientation->currentData().toDouble();
    return spec;
}

RowPropertiesDialog::RowPropertiesDialog(const Row &row, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("rowPropertiesDialog"));
    setWindowTitle(tr("Row Properties"));
    auto *layout = new QFormLayout(this);
    m_name = new QLineEdit(this);
    layout->addRow(tr("&Name:"), m_name);
    m_orientation = orientationCombo(this);
    layout->addRow(tr("&Orientation:"), m_orientation);
    m_coldAisle = new QComboBox(this);
    m_coldAisle->addItem(tr("In front of the racks"), int(AisleSide::Front));
    m_coldAisle->addItem(tr("Behind the racks"), int(AisleSide::Back));
    layout->addRow(tr("&Cold aisle:"), m_coldAisle);
    layout->addRow(okCancel(this));
    setRow(row);
}

void RowPropertiesDialog::setRow(const Row &row)
{
    m_row = row;
    m_name->setText(row.name);
    setOrientation(m_orientation, row.orientationDeg);
    m_coldAisle->setCurrentIndex(m_coldAisle->findData(int(row.coldAisle)));
}

Row RowPropertiesDialog::row() const
{
    Row row = m_row;
    row.name = m_name->text().trimmed();
    row.orientationDeg = m_orientation->currentData().toDouble();
    row.coldAisle = AisleSide(m_coldAisle->currentData().toInt());
    return row;
}

} // namespace hectare::ui
