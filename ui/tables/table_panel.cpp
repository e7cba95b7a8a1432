#include "table_panel.h"

#include "models/table_roles.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace hectare::ui {

TablePanel::TablePanel(QSortFilterProxyModel *proxy, QWidget *parent) : QWidget(parent), m_proxy(proxy)
{
    m_proxy->setParent(this);
    m_proxy->setSortRole(kSortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("add"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("remove"));

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);

    auto *statusIcon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    statusIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_statusText = new QLabel;
    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_statusText->setWordWrap(true);
    m_statusText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLine = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(m_statusLine);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->addWidget(statusIcon);
    statusLayout->addWidget(m_statusText, 1);
    m_statusLine->hide();

    m_toolBar = new QHBoxLayout;
    m_toolBar->addWidget(m_filter, 1);
    m_toolBar->addWidget(m_add);
    m_toolBar->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLine);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
}

TablePanel::~TablePanel()
{
    // An open editor would otherwise commit when the closing window takes its focus, into a
    // panel that is half destroyed: drop it unsaved, as closing the window means.
    m_view->reset();
}

void TablePanel::setSourceModel(QAbstractItemModel *model) { m_proxy->setSourceModel(model); }

QString TablePanel::statusText() const { return m_statusLine->isHidden() ? QString() : m_statusText->text(); }

QModelIndex TablePanel::selectedIndex() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

Id TablePanel::currentId() const
{
    const QModelIndex selected = selectedIndex();
    return selected.isValid() ? selected.data(kIdRole).value<Id>() : kNoId;
}

void TablePanel::selectSourceRow(int sourceRow)
{
    const QModelIndex source = m_proxy->sourceModel()->index(sourceRow, 0);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() && source.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void TablePanel::fitColumns(int stretchColumn)
{
    // QHeaderView would reserve a square as tall as the header for the sort arrow beside every
    // title, which makes columns of short numbers under two-line titles needlessly wide.
    // Room for the title, its margins and the arrow's own width is enough.
    QHeaderView *header = m_view->horizontalHeader();
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    const QAbstractItemModel *model = m_view->model();
    for (int column = 0; column < header->count(); ++column) {
        if (column == stretchColumn) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
            continue;
        }
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        const int titleWidth = header->fontMetrics().size(0, title).width() + 4 * margin + arrow;
        const int cellsWidth = static_cast<QAbstractItemView *>(m_view)->sizeHintForColumn(column);
        header->resizeSection(column, std::max(titleWidth, cellsWidth));
    }
}

void TablePanel::showRejection(const QString &message)
{
    m_statusText->setText(message);
    m_statusLine->show();
    Q_EMIT editRejected(message);
}

void TablePanel::clearRejection()
{
    m_statusText->clear();
    m_statusLine->hide();
}

} // namespace hectare::ui
