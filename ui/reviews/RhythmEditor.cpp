#include "RhythmEditor.h"

#include "RhythmModel.h"
#include "wizard/CheckList.h"
#include "wizard/TextArea.h"
#include "wizard/WizardLookups.h"
#include "wizard/WizardPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace accord {

RhythmEditor::RhythmEditor(RhythmModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_name(new QLineEdit(this)), m_cadence(new QComboBox(this)),
      m_chair(new QComboBox(this)), m_attendees(new CheckList(this)), m_standing(new TextArea(this))
{
    setObjectName(QStringLiteral("rhythmEditor"));
    m_name->setObjectName(QStringLiteral("rhythmName"));
    m_cadence->setObjectName(QStringLiteral("rhythmCadence"));
    m_chair->setObjectName(QStringLiteral("rhythmChair"));
    m_attendees->setObjectName(QStringLiteral("rhythmAttendees"));
    m_standing->setObjectName(QStringLiteral("rhythmStandingAgenda"));
    m_standing->setPlaceholderText(tr("One item a line"));
    // A standing agenda is a short list, not a paragraph: room for six items.
    m_standing->setMaximumHeight(QWIDGETSIZE_MAX);
    m_standing->setMinimumHeight(m_standing->fontMetrics().lineSpacing() * 6);
    for (Cadence cadence : enumValues<Cadence>())
        m_cadence->addItem(displayName(cadence), int(cadence));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Cadence"), m_cadence);
    form->addRow(tr("Chair"), m_chair);
    form->addRow(tr("Attendees"), m_attendees);
    form->addRow(tr("Standing agenda"), m_standing);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        const QString name = m_name->text().simplified();
        if (!name.isEmpty())
            save(tr("Rename the rhythm"), [name](OperatingRhythm& r) { r.name = name; });
    });
    connect(m_cadence, &QComboBox::activated, this, [this] {
        save(tr("Change the cadence"),
             [c = Cadence(m_cadence->currentData().toInt())](OperatingRhythm& r) { r.cadence = c; });
    });
    connect(m_chair, &QComboBox::activated, this, [this] {
        save(tr("Change the chair"), [id = WizardPage::chosenId(m_chair)](OperatingRhythm& r) { r.chairId = id; });
    });
    connect(m_attendees, &CheckList::itemChanged, this, [this] {
        save(tr("Change the attendees"),
             [ids = m_attendees->checkedIds()](OperatingRhythm& r) { r.attendeeIds = ids; });
    });
    connect(m_standing, &TextArea::editingFinished, this, [this] {
        m_standing->setModified(false);
        save(tr("Change the standing agenda"),
             [text = m_standing->toPlainText().trimmed()](OperatingRhythm& r) { r.standingAgenda = text; });
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RhythmEditor::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RhythmEditor::refresh);
    showRhythm(0);
}

void RhythmEditor::showRhythm(Id rhythmId)
{
    m_rhythmId = rhythmId;
    refresh();
}

void RhythmEditor::refresh()
{
    const auto rhythm = m_model->recordAt(m_model->rowOf(m_rhythmId));
    const bool editable = rhythm && m_model->workspace() && !m_model->workspace()->isReadOnly();
    for (QWidget* field : std::initializer_list<QWidget*>{m_name, m_cadence, m_chair, m_attendees, m_standing})
        field->setEnabled(editable);
    if (!rhythm || !m_model->workspace())
        return;
    QString error;
    const WizardLookups lookups = WizardLookups::load(*m_model->workspace(), &error);
    WizardPage::fillChoices(m_chair, lookups.peopleChoices(), tr("No chair"));
    QList<std::pair<QString, Id>> people;
    for (const Person& person : lookups.people)
        if (!person.archived || rhythm->attendeeIds.contains(person.id))
            people.append({person.name, person.id});
    const QSignalBlocker blockAttendees(m_attendees);
    m_attendees->setEntries(people);
    m_attendees->setCheckedIds(rhythm->attendeeIds);
    if (!m_name->hasFocus())
        m_name->setText(rhythm->name);
    m_cadence->setCurrentIndex(m_cadence->findData(int(rhythm->cadence)));
    WizardPage::selectChoice(m_chair, rhythm->chairId);
    if (!m_standing->hasFocus())
        m_standing->setStoredText(rhythm->standingAgenda);
}

void RhythmEditor::save(const QString& what, const std::function<void(OperatingRhythm&)>& change)
{
    const auto before = m_model->recordAt(m_model->rowOf(m_rhythmId));
    if (!before)
        return;
    OperatingRhythm after = *before;
    change(after);
    m_model->pushChange(*before, after, tr("%1 of “%2”").arg(what, before->name));
}

} // namespace accord
