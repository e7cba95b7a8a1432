#include "obstacle_dialog.h"

#include "plan_tool.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>

namespace hectare::ui {
namespace {

QDoubleSpinBox *metresSpin(QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0.05, 100);
    spin->setDecimals(2);
    spin->setSingleStep(0.1);
    spin->setSuffix(ObstacleDialog::tr(" m"));
    return spin;
}

} // namespace

ObstacleDialog::ObstacleDialog(const Obstacle &obstacle, Purpose purpose, QWidget *parent)
    : QDialog(parent), m_purpose(purpose)
{
    setObjectName(QStringLiteral("obstacleDialog"));
    setWindowTitle(purpose == Purpose::Add ? tr("Add Obstacle") : tr("Obstacle Properties"));
    auto *layout = new QFormLayout(this);
    m_kind = new QComboBox(this);
    for (const ObstacleKind kind : kObstacleKinds)
        m_kind->addItem(displayName(kind), int(kind));
    layout->addRow(tr("&Kind:"), m_kind);
    m_name = new QLineEdit(this);
    layout->addRow(tr("&Name:"), m_name);
    m_width = metresSpin(this);
    layout->addRow(tr("&Width:"), m_width);
    m_depth = metresSpin(this);
    layout->addRow(tr("&Depth:"), m_depth);
    m_rotation = new QDoubleSpinBox(this);
    m_rotation->setRange(-360, 360);
    m_rotation->setDecimals(1);
    m_rotation->setSingleStep(90);
    m_rotation->setSuffix(tr("°"));
    m_rotation->setToolTip(tr("Counter-clockwise from the hall's x axis; the front (service side) faces -y at 0°."));
    layout->addRow(tr("&Rotation:"), m_rotation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
    setObstacle(obstacle);
    connect(m_kind, &QComboBox::activated, this, &ObstacleDialog::onKindChosen);
}

void ObstacleDialog::setObstacle(const Obstacle &obstacle)
{
    m_obstacle = obstacle;
    m_kind->setCurrentIndex(m_kind->findData(int(obstacle.kind)));
    m_name->setText(obstacle.name);
    m_width->setValue(obstacle.widthM);
    m_depth->setValue(obstacle.depthM);
    m_rotation->setValue(obstacle.rotationDeg);
}

void ObstacleDialog::onKindChosen()
{
    // A new obstacle takes the usual size of the kind picked; an existing one keeps its size.
    if (m_purpose != Purpose::Add)
        return;
    const ObstacleSize size = defaultObstacleSize(ObstacleKind(m_kind->currentData().toInt()));
    m_width->setValue(size.widthM);
    m_depth->setValue(size.depthM);
}

Obstacle ObstacleDialog::obstacle() const
{
    Obstacle obstacle = m_obstacle;
    obstacle.kind = ObstacleKind(m_kind->currentData().toInt());
    obstacle.name = m_name->text().trimmed();
    obstacle.widthM = m_width->value();
    obstacle.depthM = m_depth->value();
    obstacle.rotationDeg = m_rotation->value();
    return obstacle;
}

} // namespace hectare::ui
