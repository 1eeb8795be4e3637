<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AgreementList</name>
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
    <name>DocumentView</name>
    <message>
        <source>Agreement text</source>
        <translation>Текст соглашения</translation>
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
        <source>Not found: %s</source>
        <translation>Не найдено: %s</translation>
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
        <translation>Структура</translation>
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
    <name>OutlineView</name>
    <message>
        <source>Outline</source>
        <translation>Структура</translation>
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
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
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
    <message>
        <source>Nothing due in the next %1 days</source>
        <translation>Ничего не предстоит в ближайшие %1 дн.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit Register Entry</source>
        <translation>Изменить запись реестра</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
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
        <translation>Срок уведомления (дни)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
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
    <name>PartnerPage</name>
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
        <source>No agreement recorded with this partner</source>
        <translation>С этим партнёром соглашений нет</translation>
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
    <name>RegisterController</name>
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
        <translation>&amp;Связать запись с открытым соглашением…</translation>
    </message>
    <message>
        <source>E&amp;dit Status and Dates…</source>
        <translation>&amp;Изменить статус и даты…</translation>
    </message>
    <message>
        <source>&amp;Attach Signed Copy…</source>
        <translation>&amp;Прикрепить подписанный экземпляр…</translation>
    </message>
    <message>
        <source>Re&amp;load Register</source>
        <translation>&amp;Обновить реестр</translation>
    </message>
    <message>
        <source>This agreement has no text in MoU Studio; its partner is shown.</source>
        <translation>У этого соглашения нет текста в MoU Studio; показан его партнёр.</translation>
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
    <message>
        <source>Which version was signed? (0: none yet; versions saved: %1)</source>
        <translation>Какая версия подписана? (0 — пока никакая; сохранено версий: %1)</translation>
    </message>
    <message>
        <source>Register entry saved</source>
        <translation>Запись реестра сохранена</translation>
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
    <message>
        <source>Due in 90 Days</source>
        <translation>Сроки на 90 дней</translation>
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
        <source>Imported: %1 new, %2 updated</source>
        <translation>Импортировано: новых — %1, обновлённых — %2</translation>
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
        <translation>Прикрепить подписанный экземпляр</translation>
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
        <translation>Идея</translation>
    </message>
    <message>
        <source>Drafting</source>
        <translation>Подготовка</translation>
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
        <translation>Таможенная администрация</translation>
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
        <translation>Последний день уведомления</translation>
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
        <translation>Подписано</translation>
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
        <translation>Поиск: партнёр, название, предмет…</translation>
    </message>
    <message>
        <source>Signed before</source>
        <translation>Подписано до</translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation>Срок в ближайшие %1 дн.</translation>
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
</TS>
