from ledcast.cli import main

raise SystemExit(main())
