from dakplan.cli import main

raise SystemExit(main())
