"""Accept, then reject, every tracked change of a .docx in LibreOffice; print both texts.

Run by the system Python that has LibreOffice's ``uno`` module (not the project venv):
    python3 lo_resolve.py FILE.docx PROFILE_DIR
Prints {"accept": [paragraph, …], "reject": [paragraph, …]} as JSON.
"""

import json
import os
import subprocess
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _prop(name, value):
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.25)
    raise SystemExit("LibreOffice did not start")


def _resolved(desktop, dispatcher, url, command):
    document = desktop.loadComponentFromURL(url, "_blank", 0, (_prop("Hidden", True),))
    dispatcher.executeDispatch(document.getCurrentController().getFrame(), command, "", 0,
                               ())
    paragraphs = []
    enum = document.getText().createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        if element.supportsService("com.sun.star.text.Paragraph"):
            paragraphs.append(element.getString())
    document.close(True)
    return paragraphs


def main():
    path, profile = sys.argv[1], sys.argv[2]
    pipe = f"mou_differ_{os.getpid()}"
    office = subprocess.Popen(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
         "--norestore", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = _connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context)
        dispatcher = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", context)
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        result = {mode: _resolved(desktop, dispatcher, url, command)
                  for mode, command in (("accept", ".uno:AcceptAllTrackedChanges"),
                                        ("reject", ".uno:RejectAllTrackedChanges"))}
        print(json.dumps(result, ensure_ascii=False))
    finally:
        office.terminate()
        office.wait(30)


if __name__ == "__main__":
    main()
