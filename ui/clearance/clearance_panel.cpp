#include "clearance_panel.h"

#include "clearance_table_model.h"

#include "model/site_model.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace hectare::ui {

ClearancePanel::ClearancePanel(QWidget *parent) : QWidget(parent)
{
    m_tableModel = new ClearanceTableModel(this);
    m_allHalls = new QCheckBox(tr("All halls"));
    m_allHalls->setObjectName(QStringLiteral("clearanceAllHalls"));
    m_allHalls->setToolTip(tr("List the problems of every hall, not only of the hall on the plan"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("clearanceTable"));
    m_table->setModel(m_tableModel);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ClearanceTableModel::ProblemColumn, QHeaderView::Stretch);
    m_table->setColumnHidden(ClearanceTableModel::HallColumn, true);

    m_empty = new QLabel;
    m_empty->setObjectName(QStringLiteral("clearanceEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);   // greyed, as an empty state reads

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_allHalls);
    layout->addWidget(m_stack, 1);

    connect(m_allHalls, &QCheckBox::toggled, this, [this](bool all) {
        m_table->setColumnHidden(ClearanceTableModel::HallColumn, !all);
        refresh();
    });
    connect(m_table, &QTableView::clicked, this, &ClearancePanel::activate);
    connect(m_table, &QTableView::activated, this, &ClearancePanel::activate);
    refresh();
}

void ClearancePanel::setModel(const SiteModel *model, Id hallId)
{
    m_model = model;
    m_hallId = hallId;
    refresh();
}

bool ClearancePanel::allHalls() const { return m_allHalls->isChecked(); }
void ClearancePanel::setAllHalls(bool all) { m_allHalls->setChecked(all); }
int ClearancePanel::count() const { return m_tableModel->rowCount(); }
QString ClearancePanel::emptyText() const { return m_empty->text(); }

void ClearancePanel::refresh()
{
    const bool all = allHalls();
    std::vector<ClearanceViolation> violations;
    QHash<Id, QString> hallNames;
    if (m_model) {
        if (all || m_hallId != kNoId)
            violations = checkClearances(*m_model, all ? kNoId : m_hallId);
        for (const Hall &hall : m_model->halls)
            hallNames.insert(hall.id, hall.name);
    }
    // Keep the problem the user was looking at selected when it is still there.
    const QModelIndex current = m_table->currentIndex();
    const ClearanceViolation *before = m_tableModel->violationAt(current.row());
    const std::optional<std::pair<ClearanceRule, QString>> kept =
        before ? std::optional(std::pair(before->rule, before->message)) : std::nullopt;
    m_tableModel->setViolations(std::move(violations), std::move(hallNames));
    if (kept)
        for (int row = 0; row < m_tableModel->rowCount(); ++row)
            if (const ClearanceViolation *v = m_tableModel->violationAt(row); v->rule == kept->first && v->message == kept->second) {
                m_table->setCurrentIndex(m_tableModel->index(row, current.column()));
                break;
            }

    if (!m_model)
        m_empty->setText(tr("No document"));
    else if (all)
        m_empty->setText(tr("No clearance problems on this site"));
    else if (m_hallId == kNoId)
        m_empty->setText(tr("Select a hall to check its clearances"));
    else
        m_empty->setText(tr("No clearance problems in this hall"));
    m_stack->setCurrentWidget(count() > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    if (count() != m_count) {
        m_count = count();
        Q_EMIT countChanged(m_count);
    }
}

void ClearancePanel::activate(const QModelIndex &index)
{
    if (const ClearanceViolation *violation = m_tableModel->violationAt(index.row()))
        Q_EMIT violationActivated(*violation);
}

} // namespace hectare::ui
