#include "capacity_dashboard.h"

#include "budget_legend.h"
#include "budget_section.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace hectare::ui {

CapacityDashboard::CapacityDashboard(QWidget *parent) : QWidget(parent)
{
    // A dock can be shorter than hall + site; scroll vertically, never sideways (the bars
    // take the width they are given).
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);

    m_placeholder = new QLabel(tr("No capacity figures yet: open a site."), content);
    m_placeholder->setObjectName(QStringLiteral("placeholder"));
    m_placeholder->setWordWrap(true);
    m_asOf = new QLabel(content);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_legend = new BudgetLegend(content);
    m_legend->setObjectName(QStringLiteral("legend"));
    m_hallSection = new BudgetSection(content);
    m_hallSection->setObjectName(QStringLiteral("hallSection"));
    auto *separator = new QFrame(content);
    separator->setFrameShape(QFrame::HLine);
    separator->setFrameShadow(QFrame::Sunken);
    m_separator = separator;
    m_siteSection = new BudgetSection(content);
    m_siteSection->setObjectName(QStringLiteral("siteSection"));

    layout->addWidget(m_placeholder);
    layout->addWidget(m_asOf);
    layout->addWidget(m_legend);
    layout->addWidget(m_hallSection);
    layout->addWidget(m_separator);
    layout->addWidget(m_siteSection);
    layout->addStretch();
    scroll->setWidget(content);

    refresh();
}

void CapacityDashboard::setReport(const CapacityReport &report)
{
    m_report = report;
    m_hasReport = true;
    refresh();
}

void CapacityDashboard::setHall(Id hallId)
{
    m_hallId = hallId;
    refresh();
}

bool CapacityDashboard::isShowingHall() const
{
    return !m_hallSection->isHidden();
}

const HallCapacity *CapacityDashboard::selectedHall() const
{
    if (!m_hasReport || m_hallId == kNoId)
        return nullptr;
    for (const HallCapacity &hall : m_report.halls)
        if (hall.hallId == m_hallId)
            return &hall;
    return nullptr;   // e.g. a hall deleted since the selection: show the site alone
}

void CapacityDashboard::refresh()
{
    m_placeholder->setVisible(!m_hasReport);
    m_asOf->setVisible(m_hasReport);
    m_legend->setVisible(m_hasReport);
    m_siteSection->setVisible(m_hasReport);
    const HallCapacity *hall = selectedHall();
    m_hallSection->setVisible(hall != nullptr);
    m_separator->setVisible(hall != nullptr);
    if (!m_hasReport)
        return;

    m_asOf->setText(tr("Capacity on %1").arg(QLocale().toString(m_report.asOf, QLocale::LongFormat)));
    if (hall)
        m_hallSection->showHall(*hall);
    m_siteSection->showSite(m_report);
}

} // namespace hectare::ui
