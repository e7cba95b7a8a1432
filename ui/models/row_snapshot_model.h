#pragma once

#include "model/ids.h"

#include <QAbstractTableModel>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace hectare::ui {

// A table model over a copy of rows taken from the document, one row per object.
// When the document changes the derived model builds the new rows and calls replaceRows():
// rows that went are removed, rows that came are inserted and only the cells whose raw value
// changed are announced, so that views keep their selection, sort order and open editors
// across an edit. A wholesale change (another document) is one model reset instead.
// `Row` has a member `id`; rows come in ascending id order, the order the document keeps.
template<typename Row>
class RowSnapshotModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    // The row showing object `id`, or −1.
    int rowOfId(Id id) const
    {
        const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id, [](const Row &r, Id i) { return r.id < i; });
        return it != m_rows.end() && it->id == id ? int(it - m_rows.begin()) : -1;
    }
    Id idAt(int row) const { return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : kNoId; }

protected:
    // The raw value of a cell: whatever the cell's text is made from. A cell whose raw value
    // differs between two snapshots is announced with dataChanged.
    virtual QVariant rawValue(const Row &row, int column) const = 0;

    const std::vector<Row> &rows() const { return m_rows; }
    const Row &rowAt(int row) const { return m_rows[size_t(row)]; }

    void replaceRows(std::vector<Row> next)
    {
        const auto byId = [](const Row &a, const Row &b) { return a.id < b.id; };
        if (!std::is_sorted(next.begin(), next.end(), byId) || rowEditCount(next) > kMaxRowEdits) {
            resetRows(std::move(next));
            return;
        }
        removeRowsMissingFrom(next);
        insertRowsNewIn(next);
        updateChangedCells(next);
    }

    void resetRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

private:
    static constexpr size_t kMaxRowEdits = 16;

    static bool containsId(const std::vector<Row> &rows, Id id)
    {
        return std::binary_search(rows.begin(), rows.end(), id, IdLess{});
    }

    struct IdLess
    {
        bool operator()(const Row &r, Id id) const { return r.id < id; }
        bool operator()(Id id, const Row &r) const { return id < r.id; }
    };

    size_t rowEditCount(const std::vector<Row> &next) const
    {
        size_t edits = 0;
        for (const Row &row : m_rows)
            edits += containsId(next, row.id) ? 0 : 1;
        for (const Row &row : next)
            edits += containsId(m_rows, row.id) ? 0 : 1;
        return edits;
    }

    void removeRowsMissingFrom(const std::vector<Row> &next)
    {
        for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
            if (containsId(next, m_rows[size_t(i)].id))
                continue;
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
    }

    // What is left is an ordered subsequence of `next`: insert what it lacks where it belongs.
    void insertRowsNewIn(const std::vector<Row> &next)
    {
        for (size_t i = 0; i < next.size(); ++i) {
            if (i < m_rows.size() && m_rows[i].id == next[i].id)
                continue;
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(m_rows.begin() + qsizetype(i), next[i]);
            endInsertRows();
        }
    }

    void updateChangedCells(std::vector<Row> &next)
    {
        const int columns = columnCount();
        for (size_t i = 0; i < next.size(); ++i) {
            int first = -1;
            int last = -1;
            for (int column = 0; column < columns; ++column) {
                if (rawValue(m_rows[i], column) == rawValue(next[i], column))
                    continue;
                if (first < 0)
                    first = column;
                last = column;
            }
            m_rows[i] = std::move(next[i]);
            if (first >= 0)
                Q_EMIT dataChanged(index(int(i), first), index(int(i), last));
        }
    }

    std::vector<Row> m_rows;
};

} // namespace hectare::ui
