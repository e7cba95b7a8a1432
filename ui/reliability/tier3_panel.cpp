#include "tier3_panel.h"

#include "check_status_colours.h"
#include "reliability_analysis.h"
#include "tier3_finding_text.h"
#include "tier3_findings_model.h"
#include "tier3_verdict.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace hectare::ui {
namespace {

QPixmap statusDot(CheckStatus status, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(checkStatusColours::frame(status), 1));
    p.setBrush(checkStatusColours::fill(status));
    p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
    return pixmap;
}

} // namespace

Tier3Panel::Tier3Panel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("tier3Panel"));
    m_analysis = new ReliabilityAnalysis(this);
    m_model = new Tier3FindingsModel(this);
    m_model->setAnalysis(m_analysis);

    m_verdictIcon = new QLabel;
    m_verdict = new QLabel;
    m_verdict->setObjectName(QStringLiteral("tier3Verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);

    m_basis = new QComboBox;
    m_basis->setObjectName(QStringLiteral("tier3Basis"));
    m_basis->addItem(reliability::loadBasisName(reliability::LoadBasis::Contracted), int(reliability::LoadBasis::Contracted));
    m_basis->addItem(reliability::loadBasisName(reliability::LoadBasis::Design), int(reliability::LoadBasis::Design));
    m_basis->setToolTip(tr("Check at the contracted load (committed and reserved kW), or with every position at its design kW"));
    auto *basisLabel = new QLabel(tr("&Load:"));
    basisLabel->setBuddy(m_basis);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("tier3Findings"));
    m_tree->setModel(m_model);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);

    m_detail = new QLabel;
    m_detail->setObjectName(QStringLiteral("tier3Detail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for two lines whatever is selected, so that the list does not jump as the text changes.
    m_detail->setMinimumHeight(2 * m_detail->fontMetrics().lineSpacing() + 2);
    m_showOnPlan = new QPushButton(tr("Show on &plan"));
    m_showOnPlan->setObjectName(QStringLiteral("tier3ShowOnPlan"));
    m_showOnPlan->setToolTip(tr("Select on the hall plan the racks this finding would drop (Enter)"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    top->addWidget(m_verdict, 1);
    top->addSpacing(12);
    top->addWidget(basisLabel);
    top->addWidget(m_basis);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_detail, 1);
    bottom->addWidget(m_showOnPlan, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bottom);

    connect(m_basis, &QComboBox::currentIndexChanged, this,
            [this] { m_analysis->setBasis(reliability::LoadBasis(m_basis->currentData().toInt())); });
    connect(m_analysis, &ReliabilityAnalysis::changed, this, &Tier3Panel::refresh);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    // Enter (and a double click) shows the racks again, e.g. after looking elsewhere on the plan.
    connect(m_tree, &QTreeView::activated, this, &Tier3Panel::showSelectedOnPlan);
    connect(m_showOnPlan, &QPushButton::clicked, this, &Tier3Panel::showSelectedOnPlan);
    refresh();
}

Tier3Panel::~Tier3Panel() = default;

void Tier3Panel::setSession(DocumentSession *session) { m_analysis->setSession(session); }

void Tier3Panel::setBasis(reliability::LoadBasis basis) { m_basis->setCurrentIndex(m_basis->findData(int(basis))); }

reliability::LoadBasis Tier3Panel::basis() const { return m_analysis->basis(); }

QString Tier3Panel::verdictText() const { return m_verdict->text(); }

void Tier3Panel::refresh()
{
    m_verdict->setText(tier3VerdictText(*m_analysis));
    CheckStatus verdict = CheckStatus::NoCheck;
    if (m_analysis->isValid())
        verdict = m_analysis->report().summary.passed ? CheckStatus::Ok : CheckStatus::Violation;
    const int size = m_verdict->fontMetrics().height();
    m_verdictIcon->setPixmap(statusDot(verdict, size, devicePixelRatioF()));
    // Sections with findings open, the rest closed; the columns fit what they show.
    for (int s = 0; s < m_model->rowCount(); ++s) {
        const QModelIndex section = m_model->index(s, 0);
        m_tree->setExpanded(section, m_model->rowCount(section) > 0);
    }
    for (int c = 0; c < Tier3FindingsModel::WhyColumn; ++c)
        m_tree->resizeColumnToContents(c);
    m_detail->clear();
    m_showOnPlan->setEnabled(false);
}

void Tier3Panel::onCurrentChanged(const QModelIndex &current)
{
    const Tier3FindingsModel::Entry *entry = m_model->entryAt(current);
    m_detail->setText(entry ? entry->sentence : QString());
    m_showOnPlan->setEnabled(entry && !entry->loads.empty());
    if (!entry) {
        Q_EMIT componentSelected(QString(), kNoId, 0);   // a section: nothing to outline
        return;
    }
    Q_EMIT componentSelected(entry->kind, entry->componentId, entry->member);
    showSelectedOnPlan();
}

void Tier3Panel::showSelectedOnPlan()
{
    const Tier3FindingsModel::Entry *entry = m_model->entryAt(m_tree->currentIndex());
    if (!entry || entry->loads.empty() || !m_analysis->isValid())
        return;
    const RacksToShow racks = racksToShow(m_analysis->site(), entry->loads);
    if (!racks.rackIds.empty())
        Q_EMIT showRacks(racks.hallId, racks.rackIds);
}

bool Tier3Panel::selectComponent(const QString &kind, Id componentId, int member)
{
    const QModelIndex index = m_model->indexOfComponent(kind, componentId, member);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

} // namespace hectare::ui
