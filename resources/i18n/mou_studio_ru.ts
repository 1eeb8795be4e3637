<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AgreementList</name>
    <message>
        <source>MoU</source>
        <translation>меморандум</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>соглашение</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>exchange of letters</source>
        <translation>обмен письмами</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n версия</numerusform>
            <numerusform>%n версии</numerusform>
            <numerusform>%n версий</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>The unsaved changes to these agreements will be discarded:
%1</source>
        <translation>Несохранённые изменения в этих соглашениях будут отменены:
%1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace the current database with the backup %1?

The current database is kept as a backup first.</source>
        <translation>Заменить текущую базу данных резервной копией %1?

Текущая база данных будет предварительно сохранена как резервная копия.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
</context>
<context>
    <name>ChangeList</name>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>reworded</source>
        <translation>изменена редакция</translation>
    </message>
    <message>
        <source>renumbered only</source>
        <translation>только перенумерована</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перемещена</translation>
    </message>
    <message>
        <source>moved and reworded</source>
        <translation>перемещена с изменением редакции</translation>
    </message>
    <message>
        <source>inserted</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>исключена</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>ClauseDialog</name>
    <message>
        <source>Edit Clause</source>
        <translation>Изменение положения</translation>
    </message>
    <message>
        <source>New Clause</source>
        <translation>Новое положение</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Юридическая сила</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Title (%1)</source>
        <translation>Название (%1)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>A clause needs its text in at least one language (preferred wording).</source>
        <translation>Положение должно иметь текст хотя бы на одном языке (предпочтительная формулировка).</translation>
    </message>
    <message>
        <source>this clause</source>
        <translation>это положение</translation>
    </message>
</context>
<context>
    <name>ClauseResultList</name>
    <message>
        <source>Library clauses</source>
        <translation>Положения библиотеки</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Agreements (*.docx *.txt *.json);;All files (*)</source>
        <translation>Соглашения (*.docx *.txt *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>Ср&amp;авнение</translation>
    </message>
    <message>
        <source>Two &amp;Files…</source>
        <translation>Два &amp;файла…</translation>
    </message>
    <message>
        <source>Two &amp;Versions of This Agreement…</source>
        <translation>Две &amp;версии этого соглашения…</translation>
    </message>
    <message>
        <source>Old Version</source>
        <translation>Прежняя редакция</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>Новая редакция</translation>
    </message>
    <message>
        <source>Reading the two files…</source>
        <translation>Чтение двух файлов…</translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation>Принять все</translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation>Отклонить все</translation>
    </message>
    <message>
        <source>Open an agreement first.</source>
        <translation>Сначала откройте соглашение.</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>Рабочая копия</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Сравнение версий</translation>
    </message>
    <message>
        <source>Old version:</source>
        <translation>Прежняя версия:</translation>
    </message>
    <message>
        <source>New version:</source>
        <translation>Новая версия:</translation>
    </message>
</context>
<context>
    <name>ComparePanes</name>
    <message>
        <source>Aligned clauses, old and new</source>
        <translation>Сопоставленные положения: прежняя и новая редакции</translation>
    </message>
    <message>
        <source>&lt;b&gt;Old:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Прежняя:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;New:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Новая:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>CompareSession</name>
    <message>
        <source>Comparing clauses…</source>
        <translation>Сравнение положений…</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>Comparing the two versions…</source>
        <translation>Сравнение двух версий…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <source>%n reworded</source>
        <translation>
            <numerusform>изменена редакция: %n</numerusform>
            <numerusform>изменена редакция: %n</numerusform>
            <numerusform>изменена редакция: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered only</source>
        <translation>
            <numerusform>только перенумерованы: %n</numerusform>
            <numerusform>только перенумерованы: %n</numerusform>
            <numerusform>только перенумерованы: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>перемещены: %n</numerusform>
            <numerusform>перемещены: %n</numerusform>
            <numerusform>перемещены: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved and reworded</source>
        <translation>
            <numerusform>перемещены с изменением редакции: %n</numerusform>
            <numerusform>перемещены с изменением редакции: %n</numerusform>
            <numerusform>перемещены с изменением редакции: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inserted</source>
        <translation>
            <numerusform>добавлены: %n</numerusform>
            <numerusform>добавлены: %n</numerusform>
            <numerusform>добавлены: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>исключены: %n</numerusform>
            <numerusform>исключены: %n</numerusform>
            <numerusform>исключены: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>без изменений: %n</numerusform>
            <numerusform>без изменений: %n</numerusform>
            <numerusform>без изменений: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare cancelled.</source>
        <translation>Сравнение отменено.</translation>
    </message>
    <message>
        <source>No more changes</source>
        <translation>Больше изменений нет</translation>
    </message>
    <message>
        <source>No changes to show</source>
        <translation>Нет изменений для показа</translation>
    </message>
    <message>
        <source>Redline</source>
        <translation>Redline</translation>
    </message>
    <message>
        <source>Blackline</source>
        <translation>Blackline</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare — %1</source>
        <translation>Сравнение — %1</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Следующее изменение</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Предыдущее изменение</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>Не учитывать &amp;регистр</translation>
    </message>
    <message>
        <source>Ignore &amp;Whitespace and Punctuation</source>
        <translation>Не учитывать пр&amp;обелы и пунктуацию</translation>
    </message>
    <message>
        <source>Ignore Ren&amp;umbering</source>
        <translation>Не учитывать пере&amp;нумерацию</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>What the comparison ignores</source>
        <translation>Что не учитывается при сравнении</translation>
    </message>
    <message>
        <source>Comparison options</source>
        <translation>Параметры сравнения</translation>
    </message>
    <message>
        <source>Export &amp;Redline…</source>
        <translation>Экспорт с &amp;исправлениями (redline)…</translation>
    </message>
    <message>
        <source>Export &amp;Blackline…</source>
        <translation>Экспорт &amp;чистового сравнения (blackline)…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнение</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Agreement text</source>
        <translation>Текст соглашения</translation>
    </message>
</context>
<context>
    <name>DraftingController</name>
    <message>
        <source>&amp;New from Template…</source>
        <translation>Со&amp;здать по шаблону…</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Замечания</translation>
    </message>
    <message>
        <source>Creating the agreement…</source>
        <translation>Создание соглашения…</translation>
    </message>
    <message>
        <source>Agreement created</source>
        <translation>Соглашение создано</translation>
    </message>
</context>
<context>
    <name>DueTimeline</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n day(s)</source>
        <translation>
            <numerusform>Ничего не истекает в ближайший %n день</numerusform>
            <numerusform>Ничего не истекает в ближайшие %n дня</numerusform>
            <numerusform>Ничего не истекает в ближайшие %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorController</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Пов&amp;торить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Сохранить в&amp;ерсию…</translation>
    </message>
    <message>
        <source>New &amp;Article</source>
        <translation>Новая &amp;статья</translation>
    </message>
    <message>
        <source>New &amp;Paragraph or Point</source>
        <translation>Новый &amp;пункт или подпункт</translation>
    </message>
    <message>
        <source>New Item Af&amp;ter</source>
        <translation>Добавить элемент &amp;ниже</translation>
    </message>
    <message>
        <source>&amp;Delete Item</source>
        <translation>У&amp;далить элемент</translation>
    </message>
    <message>
        <source>&amp;Indent</source>
        <translation>Понизить у&amp;ровень</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>Повысить &amp;уровень</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Переместить вни&amp;з</translation>
    </message>
    <message>
        <source>&amp;Merge with Next</source>
        <translation>&amp;Объединить со следующим</translation>
    </message>
    <message>
        <source>Insert Cross-&amp;reference…</source>
        <translation>Вставить сс&amp;ылку…</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>С&amp;труктура</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Редактирование текста</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>&amp;Редактирование текста</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Par&amp;ties and Short Names</source>
        <translation>Стороны и &amp;краткие названия</translation>
    </message>
    <message>
        <source>The agreement could not be saved:
%1</source>
        <translation>Не удалось сохранить соглашение:
%1</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Версия %1 сохранена.</translation>
    </message>
    <message>
        <source>Version %1 (read-only)</source>
        <translation>Версия %1 (только чтение)</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>&amp;История изменений</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Ver&amp;sions</source>
        <translation>&amp;Версии</translation>
    </message>
    <message>
        <source>Select an article, paragraph or point in the outline first.</source>
        <translation>Сначала выберите в оглавлении статью, пункт или подпункт.</translation>
    </message>
    <message>
        <source>Select the paragraph that will hold the reference.</source>
        <translation>Выберите пункт, в который будет вставлена ссылка.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Автосохранение не удалось: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Save Version</source>
        <translation>Сохранение версии</translation>
    </message>
    <message>
        <source>Name of the version (e.g. “sent to the partner”):</source>
        <translation>Название версии (например, «направлена партнёру»):</translation>
    </message>
    <message>
        <source>Unsaved work from the last session could not be read:
%1</source>
        <translation>Не удалось прочитать несохранённую работу последнего сеанса:
%1</translation>
    </message>
    <message>
        <source>Restore Unsaved Work</source>
        <translation>Восстановление несохранённой работы</translation>
    </message>
    <message>
        <source>MoU Studio found unsaved changes to “%1”, autosaved at %2 UTC.

Restore them?</source>
        <translation>MoU Studio обнаружила несохранённые изменения в «%1», автоматически сохранённые в %2 UTC.

Восстановить их?</translation>
    </message>
    <message>
        <source>Unsaved work restored.</source>
        <translation>Несохранённая работа восстановлена.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Some agreements have unsaved changes. Save them before closing?</source>
        <translation>В некоторых соглашениях есть несохранённые изменения. Сохранить их перед закрытием?</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit Register Entry</source>
        <translation>Изменение записи реестра</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Comes into effect</source>
        <translation>Вступление в силу</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <source>Notice period (days)</source>
        <translation>Срок уведомления (дней)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Экспортировано: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Документ Word (.docx)</translation>
    </message>
    <message>
        <source>PDF (through LibreOffice)</source>
        <translation>PDF (через LibreOffice)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>One after another</source>
        <translation>Одна за другой</translation>
    </message>
    <message>
        <source>Side by side, in columns</source>
        <translation>Рядом, в колонках</translation>
    </message>
    <message>
        <source>One file per language</source>
        <translation>Отдельный файл для каждого языка</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Расположение:</translation>
    </message>
    <message>
        <source>Alternat: one original per party, naming that party first</source>
        <translation>Альтернат: по одному подлиннику для каждой Стороны, в котором она названа первой</translation>
    </message>
    <message>
        <source>Stamp as draft (PROJET / DRAFT)</source>
        <translation>Пометить как проект (ПРОЕКТ / DRAFT)</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Document properties (left empty: nothing recorded)</source>
        <translation>Свойства документа (если не заполнены, ничего не записывается)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Заголовок:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Ключевые слова:</translation>
    </message>
    <message>
        <source>First page preview</source>
        <translation>Предпросмотр первой страницы</translation>
    </message>
    <message>
        <source>Install LibreOffice to see a preview (Debian: libreoffice-writer-nogui).</source>
        <translation>Установите LibreOffice, чтобы видеть предпросмотр (Debian: libreoffice-writer-nogui).</translation>
    </message>
    <message>
        <source>&amp;Preview first page</source>
        <translation>&amp;Предпросмотр первой страницы</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation>Экспортировать как</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rendering the first page…</source>
        <translation>Формирование первой страницы…</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Import an Agreement</source>
        <translation>Импорт соглашения</translation>
    </message>
    <message>
        <source>Agreements (*.txt *.docx);;All files (*)</source>
        <translation>Соглашения (*.txt *.docx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Чтение %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import the text with every change accepted, or as it was before the changes?</source>
        <translation>Импортировать текст с принятием всех исправлений или в том виде, в каком он был до них?</translation>
    </message>
    <message>
        <source>&amp;Accept All</source>
        <translation>&amp;Принять все</translation>
    </message>
    <message>
        <source>&amp;Reject All</source>
        <translation>&amp;Отклонить все</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) imported</source>
        <translation>
            <numerusform>Импортировано %n соглашение</numerusform>
            <numerusform>Импортировано %n соглашения</numerusform>
            <numerusform>Импортировано %n соглашений</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Импорт отменён; ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>MoU</source>
        <translation>меморандум</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>соглашение</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>протокол</translation>
    </message>
    <message>
        <source>exchange of letters</source>
        <translation>обмен письмами</translation>
    </message>
    <message>
        <source>regulation</source>
        <translation>регламент</translation>
    </message>
    <message>
        <source>directive</source>
        <translation>директива</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source>other text</source>
        <translation>иной текст</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Импорт %1</translation>
    </message>
    <message>
        <source>Detected structure</source>
        <translation>Распознанная структура</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Отчёт об импорте&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), lines %1–%2</source>
        <translation>
            <numerusform>%n статья, строки %1–%2</numerusform>
            <numerusform>%n статьи, строки %1–%2</numerusform>
            <numerusform>%n статей, строки %1–%2</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped line %1 (%2): %3</source>
        <translation>строка %1 пропущена (%2): %3</translation>
    </message>
    <message>
        <source>unresolved reference: %1</source>
        <translation>неразрешённая ссылка: %1</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Замечаний нет.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Recitals</source>
        <translation>Преамбула</translation>
    </message>
    <message>
        <source>Operative text</source>
        <translation>Постановляющая часть</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Приложения</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Clause Library</source>
        <translation>Библиотека положений</translation>
    </message>
    <message>
        <source>Clause &amp;Library</source>
        <translation>&amp;Библиотека положений</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <source>&amp;Search Clauses</source>
        <translation>&amp;Поиск положений</translation>
    </message>
    <message>
        <source>&amp;Outdated Clauses in Agreements…</source>
        <translation>&amp;Устаревшие положения в соглашениях…</translation>
    </message>
    <message>
        <source>Lin&amp;k Clauses from Library</source>
        <translation>&amp;Связать с положениями библиотеки</translation>
    </message>
    <message>
        <source>&amp;Export Clause Pack…</source>
        <translation>&amp;Экспорт набора положений…</translation>
    </message>
    <message>
        <source>&amp;Import Clause Pack…</source>
        <translation>&amp;Импорт набора положений…</translation>
    </message>
    <message numerus="yes">
        <source>%n clause(s)</source>
        <translation>
            <numerusform>%n положение</numerusform>
            <numerusform>%n положения</numerusform>
            <numerusform>%n положений</numerusform>
        </translation>
    </message>
    <message>
        <source>Added clause %1.</source>
        <translation>Положение %1 добавлено.</translation>
    </message>
    <message>
        <source>Clause %1 is now at version %2; the old version is kept.</source>
        <translation>Положение %1 теперь в версии %2; прежняя версия сохранена.</translation>
    </message>
    <message>
        <source>Duplicate Clause</source>
        <translation>Копирование положения</translation>
    </message>
    <message>
        <source>Identifier of the copy:</source>
        <translation>Идентификатор копии:</translation>
    </message>
    <message>
        <source>Copied to the draft clause %1.</source>
        <translation>Скопировано в проект положения %1.</translation>
    </message>
    <message>
        <source>Withdraw Clause</source>
        <translation>Изъятие положения</translation>
    </message>
    <message>
        <source>Withdraw %1? Agreements keep their text; the clause is no longer offered in searches.</source>
        <translation>Изъять %1? Соглашения сохранят свой текст; положение больше не будет предлагаться при поиске.</translation>
    </message>
    <message>
        <source>Withdrew clause %1 (version %2).</source>
        <translation>Положение %1 изъято (версия %2).</translation>
    </message>
    <message>
        <source>Insert Clause</source>
        <translation>Вставка положения</translation>
    </message>
    <message>
        <source>Value for {%1} (e.g. &apos;3 months&apos;):</source>
        <translation>Значение для {%1} (например, «3 месяца»):</translation>
    </message>
    <message>
        <source>Open an agreement first.</source>
        <translation>Сначала откройте соглашение.</translation>
    </message>
    <message>
        <source>Clause inserted.</source>
        <translation>Положение вставлено.</translation>
    </message>
    <message>
        <source>Matching the articles with the library…</source>
        <translation>Сопоставление статей с библиотекой…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Linking cancelled; nothing was changed.</source>
        <translation>Связывание отменено; ничего не изменено.</translation>
    </message>
    <message>
        <source>The agreement changed while its clauses were being matched; link them again.</source>
        <translation>Соглашение изменилось во время сопоставления положений; выполните связывание ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>Linked %n article(s) or paragraph(s) to library clauses.</source>
        <translation>
            <numerusform>Связан с положениями библиотеки %n элемент (статья или пункт).</numerusform>
            <numerusform>Связаны с положениями библиотеки %n элемента (статьи или пункты).</numerusform>
            <numerusform>Связаны с положениями библиотеки %n элементов (статей или пунктов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close to a library clause but not linked:</source>
        <translation>Близки к положениям библиотеки, но не связаны:</translation>
    </message>
    <message>
        <source>Link Clauses from Library</source>
        <translation>Связать с положениями библиотеки</translation>
    </message>
    <message>
        <source>Export Clause Pack</source>
        <translation>Экспорт набора положений</translation>
    </message>
    <message>
        <source>Clause packs (*.json)</source>
        <translation>Наборы положений (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n clause(s).</source>
        <translation>
            <numerusform>Записано %n положение.</numerusform>
            <numerusform>Записано %n положения.</numerusform>
            <numerusform>Записано %n положений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Clause Pack</source>
        <translation>Импорт набора положений</translation>
    </message>
    <message>
        <source>Clause packs (*.json);;All files (*)</source>
        <translation>Наборы положений (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Clause Pack Imported</source>
        <translation>Набор положений импортирован</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search clauses (accents ignored)…</source>
        <translation>Поиск положений (без учёта диакритики)…</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Все темы</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>The wording to insert</source>
        <translation>Вставляемая формулировка</translation>
    </message>
    <message>
        <source>&amp;Insert into Agreement</source>
        <translation>&amp;Вставить в соглашение</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Копировать…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Изъять</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>в.%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>MainController</name>
    <message>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n соглашение</numerusform>
            <numerusform>%n соглашения</numerusform>
            <numerusform>%n соглашений</numerusform>
        </translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Не удалось открыть базу данных.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>MoU Studio databases (*.db *.sqlite);;All files (*)</source>
        <translation>Базы данных MoU Studio (*.db *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Find in the agreement:</source>
        <translation>Найти в соглашении:</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Не найдено: %1</translation>
    </message>
    <message>
        <source>About MoU Studio</source>
        <translation>О программе MoU Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MoU Studio %1&lt;/h3&gt;&lt;p&gt;Draft, compare and export cooperation agreements: memoranda of understanding, protocols and exchanges of letters, in French, English and Russian.&lt;/p&gt;&lt;p&gt;Works offline. Your data stays in one local file:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MoU Studio %1&lt;/h3&gt;&lt;p&gt;Подготовка, сравнение и экспорт соглашений о сотрудничестве: меморандумов о взаимопонимании, протоколов и обменов письмами на французском, английском и русском языках.&lt;/p&gt;&lt;p&gt;Работает без подключения к сети. Ваши данные хранятся в одном локальном файле:&lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Навигатор</translation>
    </message>
    <message>
        <source>Open &amp;Database…</source>
        <translation>Открыть &amp;базу данных…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;предыдущее</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Перезагрузить</translation>
    </message>
    <message>
        <source>&amp;About MoU Studio</source>
        <translation>&amp;О программе MoU Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Навигатор</translation>
    </message>
    <message>
        <source>Language &amp;Version</source>
        <translation>&amp;Языковая версия</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>NewAgreementWizard</name>
    <message>
        <source>New Agreement from Template</source>
        <translation>Новое соглашение по шаблону</translation>
    </message>
</context>
<context>
    <name>NewEntryDialog</name>
    <message>
        <source>New Agreement in the Register</source>
        <translation>Новое соглашение в реестре</translation>
    </message>
    <message>
        <source>Its text is the agreement open in the editor:
%1</source>
        <translation>Его текст — соглашение, открытое в редакторе:
%1</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Choose a partner and give a title.</source>
        <translation>Выберите партнёра и укажите название.</translation>
    </message>
</context>
<context>
    <name>NodeEditor</name>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Insert Cross-&amp;reference…</source>
        <translation>Вставить &amp;ссылку…</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Select an article, paragraph or recital to edit it.</source>
        <translation>Выберите статью, пункт или пункт преамбулы, чтобы изменить его.</translation>
    </message>
    <message>
        <source>Recital</source>
        <translation>Пункт преамбулы</translation>
    </message>
</context>
<context>
    <name>NodeTextEdit</name>
    <message>
        <source>Paragraph text</source>
        <translation>Текст пункта</translation>
    </message>
</context>
<context>
    <name>OutdatedDialog</name>
    <message>
        <source>Outdated Library Clauses</source>
        <translation>Устаревшие положения библиотеки</translation>
    </message>
    <message>
        <source>No agreement uses an outdated library clause.</source>
        <translation>Ни одно соглашение не использует устаревшее положение библиотеки.</translation>
    </message>
    <message>
        <source>%1: version %2 → %3 (%4)</source>
        <translation>%1: версия %2 → %3 (%4)</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translation>Оглавление</translation>
    </message>
</context>
<context>
    <name>PartiesPanel</name>
    <message>
        <source>Parties and defined short names</source>
        <translation>Стороны и их краткие названия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артикль</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New Partner</source>
        <translation>Новый партнёр</translation>
    </message>
    <message>
        <source>Edit Partner</source>
        <translation>Изменение партнёра</translation>
    </message>
    <message>
        <source>short identifier, e.g. oecd</source>
        <translation>краткий идентификатор, например oecd</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Ключ</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Аббревиатура</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Name in %1</source>
        <translation>Название (%1)</translation>
    </message>
    <message>
        <source>Acronym in %1</source>
        <translation>Аббревиатура (%1)</translation>
    </message>
</context>
<context>
    <name>PartnerPage</name>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Choose a partner…</source>
        <translation>Выберите партнёра…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Открыть в редакторе</translation>
    </message>
    <message>
        <source>Edit Status and Dates…</source>
        <translation>Изменить статус и даты…</translation>
    </message>
    <message>
        <source>Edit Partner…</source>
        <translation>Изменить партнёра…</translation>
    </message>
    <message>
        <source>No agreement recorded with this partner</source>
        <translation>С этим партнёром соглашений не зарегистрировано</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Подписано: %1</translation>
    </message>
    <message>
        <source> (the signed text)</source>
        <translation> (подписанный текст)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Signed copy: %1</source>
        <translation>Подписанный экземпляр: %1</translation>
    </message>
    <message>
        <source>Double-click to save a copy of the file</source>
        <translation>Дважды щёлкните, чтобы сохранить копию файла</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Пара&amp;метры…</translation>
    </message>
    <message>
        <source>Preferences saved; they take effect at the next start.</source>
        <translation>Параметры сохранены; они вступят в силу при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>Changes take effect the next time MoU Studio starts.</source>
        <translation>Изменения вступят в силу при следующем запуске MoU Studio.</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>✖ error</source>
        <translation>✖ ошибка</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ предупреждение</translation>
    </message>
    <message>
        <source>ℹ note</source>
        <translation>ℹ примечание</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Замечания</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Apply &amp;Fix</source>
        <translation>&amp;Исправить</translation>
    </message>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Проверить снова</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n ошибка</numerusform>
            <numerusform>%n ошибки</numerusform>
            <numerusform>%n ошибок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n предупреждение</numerusform>
            <numerusform>%n предупреждения</numerusform>
            <numerusform>%n предупреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n примечание</numerusform>
            <numerusform>%n примечания</numerusform>
            <numerusform>%n примечаний</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionField</name>
    <message>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <source>Its article (la, the…)</source>
        <translation>Артикль полного наименования (la, the…)</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <source>Short name&apos;s article</source>
        <translation>Артикль краткого наименования</translation>
    </message>
    <message>
        <source>Signatory&apos;s title</source>
        <translation>Должность подписанта</translation>
    </message>
    <message>
        <source>Place of signature</source>
        <translation>Место подписания</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Date (YYYY-MM-DD)</source>
        <translation>Дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>(one per line)</source>
        <translation>(по одному в строке)</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Questionnaire</source>
        <translation>Опросник</translation>
    </message>
    <message>
        <source>&amp;Load Answers…</source>
        <translation>&amp;Загрузить ответы…</translation>
    </message>
    <message>
        <source>&amp;Save Answers…</source>
        <translation>&amp;Сохранить ответы…</translation>
    </message>
    <message>
        <source> &lt;i&gt;(optional)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(необязательно)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Common gaps:&lt;/i&gt; </source>
        <translation>&lt;i&gt;Частые пропуски:&lt;/i&gt; </translation>
    </message>
    <message>
        <source>Load Answers</source>
        <translation>Загрузка ответов</translation>
    </message>
    <message>
        <source>Answers files (*.toml)</source>
        <translation>Файлы ответов (*.toml)</translation>
    </message>
    <message>
        <source>Save Answers</source>
        <translation>Сохранение ответов</translation>
    </message>
</context>
<context>
    <name>ReferencePicker</name>
    <message>
        <source>Insert Cross-reference</source>
        <translation>Вставка ссылки</translation>
    </message>
    <message>
        <source>Reference target</source>
        <translation>Объект ссылки</translation>
    </message>
</context>
<context>
    <name>RegisterController</name>
    <message>
        <source>Agreements Re&amp;gister</source>
        <translation>Р&amp;еестр соглашений</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Реестр</translation>
    </message>
    <message>
        <source>Show &amp;Register</source>
        <translation>Показать &amp;реестр</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <source>&amp;Export Shown Rows as CSV…</source>
        <translation>&amp;Экспорт показанных строк в CSV…</translation>
    </message>
    <message>
        <source>&amp;New Agreement in Register…</source>
        <translation>&amp;Новое соглашение в реестре…</translation>
    </message>
    <message>
        <source>&amp;Link Entry to Open Agreement…</source>
        <translation>Св&amp;язать запись с открытым соглашением…</translation>
    </message>
    <message>
        <source>E&amp;dit Status and Dates…</source>
        <translation>Изменить &amp;статус и даты…</translation>
    </message>
    <message>
        <source>&amp;Attach Signed Copy…</source>
        <translation>&amp;Приложить подписанный экземпляр…</translation>
    </message>
    <message>
        <source>Rel&amp;oad Register</source>
        <translation>&amp;Обновить реестр</translation>
    </message>
    <message>
        <source>Delete Entr&amp;y</source>
        <translation>Удалить &amp;запись</translation>
    </message>
    <message>
        <source>Ne&amp;w Partner…</source>
        <translation>&amp;Добавить партнёра…</translation>
    </message>
    <message>
        <source>Edit &amp;Partner…</source>
        <translation>Изменить пар&amp;тнёра…</translation>
    </message>
    <message>
        <source>Dele&amp;te Partner</source>
        <translation>Уд&amp;алить партнёра</translation>
    </message>
    <message>
        <source>This agreement has no text in MoU Studio; its partner is shown.</source>
        <translation>Текста этого соглашения нет в MoU Studio; показан его партнёр.</translation>
    </message>
    <message>
        <source>Delete Entry %1</source>
        <translation>Удаление записи %1</translation>
    </message>
    <message>
        <source>Add Entry %1</source>
        <translation>Добавление записи %1</translation>
    </message>
    <message numerus="yes">
        <source>Which version was signed? (0: none yet; %n version(s) saved)</source>
        <translation>
            <numerusform>Какая версия подписана? (0 — пока никакая; сохранена %n версия)</numerusform>
            <numerusform>Какая версия подписана? (0 — пока никакая; сохранены %n версии)</numerusform>
            <numerusform>Какая версия подписана? (0 — пока никакая; сохранено %n версий)</numerusform>
        </translation>
    </message>
    <message>
        <source>Link Entry %1</source>
        <translation>Связывание записи %1</translation>
    </message>
    <message>
        <source>Edit Entry %1</source>
        <translation>Изменение записи %1</translation>
    </message>
    <message>
        <source>Register saved</source>
        <translation>Реестр сохранён</translation>
    </message>
    <message>
        <source>Add Partner %1</source>
        <translation>Добавление партнёра %1</translation>
    </message>
    <message>
        <source>Select a partner&apos;s agreement in the register first.</source>
        <translation>Сначала выберите в реестре соглашение с этим партнёром.</translation>
    </message>
    <message>
        <source>Edit Partner %1</source>
        <translation>Изменение партнёра %1</translation>
    </message>
    <message>
        <source>%1 still has agreements in the register; delete them first.</source>
        <translation>У %1 ещё есть соглашения в реестре; сначала удалите их.</translation>
    </message>
    <message>
        <source>Delete Partner %1</source>
        <translation>Удаление партнёра %1</translation>
    </message>
    <message>
        <source>Select an agreement in the register first.</source>
        <translation>Сначала выберите соглашение в реестре.</translation>
    </message>
    <message>
        <source>Open an agreement in the editor and select a register entry first.</source>
        <translation>Сначала откройте соглашение в редакторе и выберите запись реестра.</translation>
    </message>
    <message>
        <source>Link to Open Agreement</source>
        <translation>Связать с открытым соглашением</translation>
    </message>
</context>
<context>
    <name>RegisterDock</name>
    <message>
        <source>Agreements Register</source>
        <translation>Реестр соглашений</translation>
    </message>
    <message>
        <source>Language of names and dates</source>
        <translation>Язык названий и дат</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Соглашения</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n Day(s)</source>
        <translation>
            <numerusform>Сроки (%n день)</numerusform>
            <numerusform>Сроки (%n дня)</numerusform>
            <numerusform>Сроки (%n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements Re&amp;gister</source>
        <translation>Р&amp;еестр соглашений</translation>
    </message>
</context>
<context>
    <name>RegisterFiles</name>
    <message>
        <source>Import Register CSV</source>
        <translation>Импорт CSV в реестр</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Import cancelled; the register was not changed.</source>
        <translation>Импорт отменён; реестр не изменён.</translation>
    </message>
    <message>
        <source>%1

%2

Import the valid rows and skip these?</source>
        <translation>%1

%2

Импортировать правильные строки и пропустить эти?</translation>
    </message>
    <message>
        <source>Imported: %1, %2.</source>
        <translation>Импортировано: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new agreement(s)</source>
        <translation>
            <numerusform>%n новое соглашение</numerusform>
            <numerusform>%n новых соглашения</numerusform>
            <numerusform>%n новых соглашений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated agreement(s)</source>
        <translation>
            <numerusform>%n обновлённое соглашение</numerusform>
            <numerusform>%n обновлённых соглашения</numerusform>
            <numerusform>%n обновлённых соглашений</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Register CSV</source>
        <translation>Экспорт реестра в CSV</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n agreement(s)</source>
        <translation>
            <numerusform>Экспортировано %n соглашение</numerusform>
            <numerusform>Экспортировано %n соглашения</numerusform>
            <numerusform>Экспортировано %n соглашений</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an agreement in the register first.</source>
        <translation>Сначала выберите соглашение в реестре.</translation>
    </message>
    <message>
        <source>Attach Signed Copy</source>
        <translation>Приложить подписанный экземпляр</translation>
    </message>
    <message>
        <source>Signed copies (*.pdf *.docx)</source>
        <translation>Подписанные экземпляры (*.pdf *.docx)</translation>
    </message>
    <message>
        <source>Save Signed Copy</source>
        <translation>Сохранить подписанный экземпляр</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>RegisterLabels</name>
    <message>
        <source>Idea</source>
        <translation>Замысел</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Подготовка проекта</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Прекращено</translation>
    </message>
    <message>
        <source>International organisation</source>
        <translation>Международная организация</translation>
    </message>
    <message>
        <source>Customs administration</source>
        <translation>Таможенная служба</translation>
    </message>
    <message>
        <source>Police agency</source>
        <translation>Полицейское ведомство</translation>
    </message>
    <message>
        <source>Regional centre</source>
        <translation>Региональный центр</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Государственный орган</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <source>Last day for notice</source>
        <translation>Последний день для уведомления</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Истечение срока</translation>
    </message>
</context>
<context>
    <name>RegisterTableModel</name>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Соглашение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Пересмотр</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Search partner, title, subject…</source>
        <translation>Поиск по партнёру, названию, предмету…</translation>
    </message>
    <message>
        <source>Signed before</source>
        <translation>Подписано до</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Истекает в ближайший %n день</numerusform>
            <numerusform>Истекает в ближайшие %n дня</numerusform>
            <numerusform>Истекает в ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreements register</source>
        <translation>Реестр соглашений</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Choose the backup to restore. The current database is kept as a backup first, so this can be undone.</source>
        <translation>Выберите резервную копию для восстановления. Текущая база данных будет предварительно сохранена как резервная копия, поэтому действие можно отменить.</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>У этой базы данных ещё нет резервных копий.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
</context>
<context>
    <name>SignaturesEditor</name>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>As precisely as known: YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>С известной точностью: ГГГГ-ММ-ДД, ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <source>&amp;Add Signature</source>
        <translation>&amp;Добавить подпись</translation>
    </message>
    <message>
        <source>Re&amp;move Signature</source>
        <translation>&amp;Удалить подпись</translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation>Подпись %1</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
</context>
<context>
    <name>TemplateChoicePage</name>
    <message>
        <source>Choose a template</source>
        <translation>Выберите шаблон</translation>
    </message>
    <message>
        <source>Language versions:</source>
        <translation>Языковые версии:</translation>
    </message>
</context>
<context>
    <name>TemplatePreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Finish creates the agreement; you can edit it afterwards.</source>
        <translation>Кнопка «Готово» создаёт соглашение; затем его можно изменить.</translation>
    </message>
    <message>
        <source>The linter reports:</source>
        <translation>Проверка выявила:</translation>
    </message>
    <message>
        <source>The linter reports no problem.</source>
        <translation>Проверка не выявила замечаний.</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Сохранена (UTC)</translation>
    </message>
    <message>
        <source>&amp;Save Version…</source>
        <translation>&amp;Сохранить версию…</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Показать</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>С&amp;равнить</translation>
    </message>
    <message>
        <source>Compare the two selected versions</source>
        <translation>Сравнить две выбранные версии</translation>
    </message>
</context>
<context>
    <name>_VariantEditor</name>
    <message>
        <source>When may a negotiator use this wording?</source>
        <translation>Когда участник переговоров может использовать эту формулировку?</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>An unexpected error occurred:</source>
        <translation>Произошла непредвиденная ошибка:</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>изъято</translation>
    </message>
    <message>
        <source>binding (treaty)</source>
        <translation>обязывающий (договор)</translation>
    </message>
    <message>
        <source>non-binding (MoU)</source>
        <translation>необязывающий (меморандум)</translation>
    </message>
    <message>
        <source>treaty or MoU</source>
        <translation>договор или меморандум</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>Предпочтительная</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Запасная</translation>
    </message>
    <message>
        <source>Last resort</source>
        <translation>Крайняя</translation>
    </message>
</context>
</TS>
