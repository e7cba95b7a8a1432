#pragma once

#include <QStyledItemDelegate>

namespace hectare::ui {

// Editors for the contracts table: the status as a list of the translated statuses (stored as
// the enum), dates in a date field whose first entry means "not set" / "open-ended".
// Numbers use the default spin boxes, which accept any value: core says what is allowed.
class ContractItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace hectare::ui
