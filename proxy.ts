import { NextResponse, type NextRequest } from 'next/server'

/**
 * A path with broken percent-encoding (`/tags/%E0%A4%A`) is a bad request, not a
 * server error: answer 400 before routing tries to decode it. (The static export
 * has no server code; nginx answers those requests itself.)
 */
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname)
  } catch {
    return new NextResponse('Bad request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  return NextResponse.next()
}
