#include "budget_section.h"

#include "budget_chart.h"
#include "capacity_text.h"

#include <QLabel>
#include <QVBoxLayout>

namespace hectare::ui {

namespace {

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);   // hall names are the user's text, not markup
    return label;
}

} // namespace

BudgetSection::BudgetSection(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_title = wrappedLabel(QStringLiteral("title"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_chart = new BudgetChart(this);
    m_chart->setObjectName(QStringLiteral("chart"));
    m_binding = wrappedLabel(QStringLiteral("bindingText"), this);
    m_stranded = wrappedLabel(QStringLiteral("strandedText"), this);
    m_plant = wrappedLabel(QStringLiteral("plantText"), this);

    layout->addWidget(m_title);
    layout->addWidget(m_chart);
    layout->addWidget(m_binding);
    layout->addWidget(m_stranded);
    layout->addWidget(m_plant);
}

void BudgetSection::showHall(const HallCapacity &hall)
{
    m_title->setText(tr("Hall %1").arg(hall.hallName));
    std::vector<BudgetRow> rows;
    for (Resource r : {Resource::Space, Resource::Power, Resource::Cooling, Resource::Weight})
        rows.push_back({r, *hallBudget(hall, r), hall.binding == r});
    m_chart->setRows(std::move(rows));
    // The generator plant has no bar in a hall, but it can still be what runs out first there.
    m_binding->setText(CapacityText::binding(hall.binding, hall.freeRacks, hallBudget(hall, hall.binding) == nullptr));
    m_stranded->setText(CapacityText::stranded(hall.stranded));
    m_plant->clear();
    m_plant->hide();
}

void BudgetSection::showSite(const CapacityReport &report)
{
    m_title->setText(tr("Site, all halls"));
    std::vector<BudgetRow> rows;
    for (Resource r : kAllResources)
        rows.push_back({r, report.budget(r), report.binding == r});
    m_chart->setRows(std::move(rows));
    m_binding->setText(CapacityText::binding(report.binding, report.freeRacks, false));
    m_stranded->setText(CapacityText::stranded(report.stranded));
    m_plant->setText(CapacityText::pueAtCommitted(report) + QLatin1Char('\n') + CapacityText::generatorItKw(report));
    m_plant->show();
}

QString BudgetSection::titleText() const
{
    return m_title->text();
}

QString BudgetSection::bindingText() const
{
    return m_binding->text();
}

QString BudgetSection::strandedText() const
{
    return m_stranded->text();
}

QString BudgetSection::plantText() const
{
    return m_plant->text();
}

} // namespace hectare::ui
