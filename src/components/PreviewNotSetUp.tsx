'use client'

import { Button } from '@payloadcms/ui'

const why = 'Preview isn’t set up: ask an admin to set PREVIEW_URL'

/** In place of the Preview button while no website address is configured: there, but disabled, saying why. */
export const PreviewNotSetUp = () => (
  <span className="preview-not-set-up" title={why}>
    <Button buttonStyle="secondary" size="small" margin={false} disabled aria-describedby="preview-not-set-up">
      Preview
    </Button>
    <span id="preview-not-set-up" className="preview-not-set-up__why">
      {why}
    </span>
  </span>
)
